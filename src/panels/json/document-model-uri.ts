/** The fixed URI of the JSON editor's model; the document schema's `fileMatch` names the same URI. */
export const documentModelUri = 'inmemory://charter/document.charter.json';
