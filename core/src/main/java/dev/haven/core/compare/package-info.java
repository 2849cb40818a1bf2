/**
 * Comparing jurisdictions: a matrix of jurisdictions by clause kinds ({@link dev.haven.core.compare.Comparison}),
 * and a protection score per jurisdiction from a transparent rubric ({@link dev.haven.core.compare.Rubric}).
 * The result is a plain model; tables, JSON, CSV and the comparison page are written elsewhere.
 */
package dev.haven.core.compare;
