/** Whether the selected findings belong to one joint project: the API hands over one project per letter. */
export function sameProject(rows: ReadonlyArray<{ project: { id: string } }>): boolean {
  return new Set(rows.map((row) => row.project.id)).size <= 1;
}
