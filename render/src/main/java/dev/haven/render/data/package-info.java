/**
 * The data outputs of Haven's commands, as public contracts a Java program can produce itself: the query rows in
 * JSON, YAML, CSV and a table ({@link dev.haven.render.data.QueryOutput}), the comparison in JSON, CSV and a table
 * ({@link dev.haven.render.data.CompareOutput}), the semantic diff in JSON ({@link dev.haven.render.data.DiffJson}),
 * lint findings in JSON ({@link dev.haven.render.data.LintJson}), and the writers they share: JSON and YAML laid
 * out the same way ({@link dev.haven.render.data.DataWriters}) and CSV that spreadsheets open safely
 * ({@link dev.haven.render.data.CsvCells}). {@code docs/cli.md} documents each shape.
 */
package dev.haven.render.data;
