package dev.haven.render;

import dev.haven.core.model.Attestation;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.PartialDate;
import dev.haven.core.model.Source;
import dev.haven.render.internal.Wording;
import dev.haven.render.internal.XmlText;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A clause set as Akoma Ntoso 3.0, the OASIS standard XML for legislation: an {@code act} (a {@code bill} while
 * the set is a draft, introduced or a template) with FRBR identification built from the set's id, jurisdiction
 * and date, a {@code lifecycle} of its dates, a {@code preamble} holding the recitals and the enacting formula, and
 * a {@code body} with one {@code paragraph} per clause. Built as a DOM and serialised by the JDK, so all text is
 * escaped by construction.
 *
 * <p>Names follow the Akoma Ntoso Naming Convention: the FRBR work URI is {@code /akn/COUNTRY[-SUBDIVISION]/TYPE/
 * DATE/NUMBER}, where NUMBER is the set's id with {@code /} written as {@code ~} (the id itself is an
 * {@code FRBRalias}) and {@code FRBRcountry} is the ISO 3166-1 code alone; paragraphs are {@code para_1},
 * {@code para_2}... by their place, each with the clause's id as its {@code wId}, the name that stays when clauses
 * are renumbered. The work date is the set's date (its first possible day when the sources give only a month,
 * year or interval); a set without one takes its earliest dated source, or else the day of rendering, and the
 * date's {@code name} says which. The manifestation and its {@code publication} are dated the day of rendering
 * ({@link Builder#generated}).
 */
public final class AkomaNtosoRenderer implements TextRenderer {

  /** The Akoma Ntoso 3.0 namespace. */
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  private final LocalDate generated;

  private AkomaNtosoRenderer(Builder builder) {
    this.generated = builder.generated;
  }

  /**
   * Settings for a new renderer, all at their defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public RenderFormat format() {
    return RenderFormat.AKN;
  }

  @Override
  public String render(ClauseSet set) {
    try {
      // the JDK's own implementations, not whichever an embedder's classpath registers (Saxon, Xerces), whose
      // settings and output differ
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().newDocument();
      new Writer(doc, set, generated).write();
      TransformerFactory tf = TransformerFactory.newDefaultInstance();
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(out));
      // the JDK writes the declaration and the root on one line; a line break keeps the file readable
      return out.toString().replaceFirst("\\?><", "?>\n<").strip() + "\n";
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("the JDK's XML support failed", e);
    }
  }

  /** Builds the document for one set. */
  private static final class Writer {
    private final Document doc;
    private final ClauseSet set;
    private final Wording words;
    private final LocalDate generated;

    Writer(Document doc, ClauseSet set, LocalDate generated) {
      this.doc = doc;
      this.set = set;
      this.words = new Wording(set);
      this.generated = generated;
    }

    void write() {
      Element root = doc.createElementNS(NAMESPACE, "akomaNtoso");
      doc.appendChild(root);
      boolean enacted = set.status().enacted();
      Element act = child(root, enacted ? "act" : "bill");
      act.setAttribute("name", set.type().map(t -> t.wireName()).orElse("instrument"));
      meta(child(act, "meta"), enacted);
      Element preface = child(act, "preface");
      Element titleP = child(preface, "p");
      titleP.setAttribute("class", "title");
      text(child(titleP, "docTitle"), set.title());
      Element placeP = child(preface, "p");
      placeP.setAttribute("class", "jurisdiction");
      text(placeP, words.place() + set.body().map(b -> ", " + b).orElse(""));
      set.enactment().number().ifPresent(n -> {
        Element numberP = child(preface, "p");
        numberP.setAttribute("class", "number");
        text(child(numberP, "docNumber"), n);
      });
      if (!set.enactment().sponsors().isEmpty()) {
        Element sponsorsP = child(preface, "p");
        sponsorsP.setAttribute("class", "sponsors");
        for (String sponsor : set.enactment().sponsors()) {
          if (sponsorsP.hasChildNodes()) {
            text(sponsorsP, ", ");
          }
          text(child(sponsorsP, "docProponent"), sponsor);
        }
      }
      Element statusP = child(preface, "p");
      statusP.setAttribute("class", "status");
      text(statusP, words.statusLine());
      preamble(act);
      Element body = child(act, "body");
      int number = 0;
      for (Clause clause : set.clauses()) {
        clause(body, clause, ++number);
      }
      set.enactment().attestation().filter(a -> a.text().isPresent() || !a.signatures().isEmpty())
          .ifPresent(a -> conclusions(child(act, "conclusions"), a));
    }

    private void conclusions(Element conclusions, Attestation attestation) {
      attestation.text().ifPresent(t -> p(conclusions, "attestation", t));
      for (Attestation.Signature signature : attestation.signatures()) {
        Element p = child(conclusions, "p");
        p.setAttribute("class", "signature");
        text(child(p, "signature"), words.signatory(signature));
      }
    }

    private void meta(Element meta, boolean enacted) {
      String docType = enacted ? "act" : "bill";
      String countryCode = set.jurisdiction().country().toLowerCase(Locale.ROOT);
      String country = countryCode + set.jurisdiction().state().map(s -> "-" + s.toLowerCase(Locale.ROOT)).orElse("");
      Optional<PartialDate> given = set.date()
          .map(PartialDate::of).or(() -> set.life().adopted());
      Optional<LocalDate> earliestSource = set.sources().stream()
          .map(Source::date).flatMap(Optional::stream).min(Comparator
              .naturalOrder());
      String date;
      String dateName;
      String event = enacted ? "adoption" : "introduction";
      if (given.isPresent()) {
        date = given.get().first().toString();
        dateName = given.get().exact() ? event : event + " (" + given.get() + "; the day is not known)";
      } else if (earliestSource.isPresent()) {
        date = earliestSource.get().toString();
        dateName = "undated; earliest source";
      } else {
        date = generated.toString();
        dateName = "undated; day of rendering";
      }
      String work = "/akn/" + country + "/" + docType + "/" + date + "/" + set.id().replace('/', '~');
      String expression = work + "/eng@" + (given.isPresent() ? date : "");
      Element identification = child(meta, "identification");
      identification.setAttribute("source", "#haven");
      Element workEl = child(identification, "FRBRWork");
      frbr(workEl, work + "/!main", work, date, dateName, () -> {
        Element alias = child(workEl, "FRBRalias");
        alias.setAttribute("value", set.id());
        alias.setAttribute("name", "haven-id");
      });
      child(workEl, "FRBRcountry").setAttribute("value", countryCode);
      child(workEl, "FRBRname").setAttribute("value", XmlText.legal(set.title()));
      Element expr = child(identification, "FRBRExpression");
      frbr(expr, expression + "/!main", expression, date, dateName, () -> { });
      child(expr, "FRBRlanguage").setAttribute("language", "eng");
      frbr(child(identification, "FRBRManifestation"), expression + "/!main.xml", expression + "/!main.xml",
          generated.toString(), "generation", () -> { });
      Element publication = child(meta, "publication");
      publication.setAttribute("date", generated.toString());
      publication.setAttribute("name", "haven");
      publication.setAttribute("showAs", "Rendered by Haven from clause set " + XmlText.legal(set.id()));
      lifecycle(meta, given, event);
      Element references = child(meta, "references");
      references.setAttribute("source", "#haven");
      Element original = child(references, "original");
      original.setAttribute("eId", "original");
      original.setAttribute("href", expression);
      original.setAttribute("showAs", XmlText.legal(set.title()));
      tlc(references, "TLCOrganization", "haven", "Haven");
      tlc(references, "TLCOrganization", "author", set.body().orElse(set.jurisdiction().name()));
      tlc(references, "TLCLocation", "jurisdiction", set.jurisdiction().name());
      set.clauses().stream().flatMap(c -> c.exceptions().stream()).map(e -> e.ground().wireName()).distinct()
          .forEach(ground -> tlc(references, "TLCConcept", ground, ground.replace('-', ' ')));
    }

    /** The set's own dates as events: adopted or introduced, in effect, ended; absent when it gives none. */
    private void lifecycle(Element meta, Optional<PartialDate> given, String event) {
      List<String[]> events = new ArrayList<>();
      given.ifPresent(d -> events.add(new String[] {d.first().toString(), "generation"}));
      set.life().effective().ifPresent(d -> events.add(new String[] {d.first().toString(), null}));
      set.life().ended().ifPresent(d -> events.add(new String[] {d.first().toString(), "repeal"}));
      if (events.isEmpty()) {
        return;
      }
      Element lifecycle = child(meta, "lifecycle");
      lifecycle.setAttribute("source", "#haven");
      int n = 0;
      for (String[] e : events) {
        Element ref = child(lifecycle, "eventRef");
        ref.setAttribute("eId", "e_" + ++n);
        ref.setAttribute("date", e[0]);
        ref.setAttribute("source", "#original");
        if (e[1] != null) {
          ref.setAttribute("type", e[1]);
        }
      }
    }

    /** The elements every FRBR level starts with, in the schema's order; {@code aliases} adds any aliases. */
    private void frbr(Element el, String component, String uri, String date, String dateName, Runnable aliases) {
      child(el, "FRBRthis").setAttribute("value", component);
      child(el, "FRBRuri").setAttribute("value", uri);
      aliases.run();
      Element d = child(el, "FRBRdate");
      d.setAttribute("date", date);
      d.setAttribute("name", dateName);
      child(el, "FRBRauthor").setAttribute("href", "#author");
    }

    private void tlc(Element parent, String type, String eId, String showAs) {
      Element el = child(parent, type);
      el.setAttribute("eId", eId);
      el.setAttribute("href", "/ontology/" + type.substring(3).toLowerCase(Locale.ROOT) + "/" + eId);
      el.setAttribute("showAs", XmlText.legal(showAs));
    }

    private void preamble(Element act) {
      if (set.recitals().isEmpty() && words.enactingFormula().isEmpty()) {
        return;
      }
      Element preamble = child(act, "preamble");
      if (!set.recitals().isEmpty()) {
        Element recitals = child(preamble, "recitals");
        int n = 0;
        for (String r : set.recitals()) {
          Element recital = child(recitals, "recital");
          recital.setAttribute("eId", "recs_1__rec_" + ++n);
          text(child(recital, "p"), r);
        }
      }
      words.enactingFormula().ifPresent(f -> {
        Element formula = child(preamble, "formula");
        formula.setAttribute("name", "enactingFormula");
        text(child(formula, "p"), f);
      });
    }

    private void clause(Element body, Clause clause, int number) {
      Element para = child(body, "paragraph");
      para.setAttribute("eId", "para_" + number);
      para.setAttribute("wId", clause.id());
      para.setAttribute("class", clause.kind().wireName());
      text(child(para, "num"), number + ".");
      text(child(para, "heading"), clause.core().title().orElse(Wording.kindLabel(clause)));
      Element content = child(para, "content");
      text(child(content, "p"), clause.text());
      p(content, "binding", words.bindingLine(clause));
      List<String> scope = Wording.scope(clause);
      if (!scope.isEmpty()) {
        p(content, "scope", "Scope: " + String.join("; ", scope));
      }
      for (Exemption e : clause.exceptions()) {
        p(content, "exception", Wording.exceptionLead(e) + ": " + Wording.textOf(e.text()))
            .setAttribute("refersTo", "#" + e.ground().wireName());
      }
      for (Condition c : clause.conditions()) {
        p(content, "condition", words.conditionLead(c) + ": " + Wording.textOf(c.text()));
      }
      words.source(clause).ifPresent(s -> p(content, "source", "Source: " + s.plain()));
      Wording.clauseDates(clause).forEach(d -> p(content, "dates", d));
    }

    private Element p(Element parent, String cls, String text) {
      Element p = child(parent, "p");
      p.setAttribute("class", cls);
      text(p, text);
      return p;
    }

    private Element child(Element parent, String name) {
      Element el = doc.createElementNS(NAMESPACE, name);
      parent.appendChild(el);
      return el;
    }

    private void text(Element el, String text) {
      el.appendChild(doc.createTextNode(XmlText.legal(text)));
    }
  }

  /** Settings for an {@link AkomaNtosoRenderer}. */
  public static final class Builder {
    private LocalDate generated = LocalDate.now();

    private Builder() {}

    /**
     * The day the document records as its making: the manifestation's FRBR date and its publication (default:
     * today). A fixed day makes the output reproducible.
     *
     * @param day the day of rendering
     * @return this builder
     */
    public Builder generated(LocalDate day) {
      this.generated = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * A renderer with these settings.
     *
     * @return the renderer, immutable and thread-safe
     */
    public AkomaNtosoRenderer build() {
      return new AkomaNtosoRenderer(this);
    }
  }
}
