package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Every rendered seed is valid against the OASIS Akoma Ntoso 3.0 schema, not only well formed. */
class AkomaNtosoSchemaTest {

  private static final Schema SCHEMA = schema();

  @Test
  void everySeedRendersToADocumentTheOasisSchemaAccepts() throws Exception {
    List<String> invalid = new ArrayList<>();
    int checked = 0;
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet set = Fixtures.load(file);
      try {
        validate(AkomaNtosoRenderer.builder().build().render(set));
        checked++;
      } catch (SAXException e) {
        invalid.add(file.getFileName() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), invalid);
    assertEquals(ClauseSetFiles.under(Fixtures.SEEDS).size(), checked);
  }

  @Test
  void theValidatorRejectsADocumentOutsideTheSchema() {
    // a paragraph straight under the root is not Akoma Ntoso: the check must be able to fail
    String xml = "<akomaNtoso xmlns=\"" + AkomaNtosoRenderer.NAMESPACE + "\"><paragraph eId=\"p\"/></akomaNtoso>";
    assertThrows(SAXException.class, () -> validate(xml));
  }

  private static void validate(String xml) throws Exception {
    Validator validator = SCHEMA.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new StringReader(xml)));
  }

  private static Schema schema() {
    try {
      URL xsd = AkomaNtosoSchemaTest.class.getResource("/standards/akomantoso30.xsd");
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      // the schema imports ./xml.xsd beside it, read from the classpath copy and nowhere else
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }
}
