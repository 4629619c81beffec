/** URLs the app links to. They are printed on handouts and QR codes: keep them stable. */

export const moduleHref = (moduleId: string) => `/learn/${moduleId}/`;

/** Lesson ids are "<module>-<slug>"; the URL uses the slug under the module. */
export const lessonHref = (moduleId: string, lessonId: string) =>
  `/learn/${moduleId}/${lessonId.slice(moduleId.length + 1)}/`;

export const quizHref = (scope: string) => `/quiz/${scope}/`;
