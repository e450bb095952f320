/** `/user/users/{id}` → `/user/users/:id{[0-9]+}`: Hono's route syntax, ids digits only. */
export function honoPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1{[0-9]+}');
}
