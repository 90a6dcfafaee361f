// Public zod schemas shared by the API, the worker and the web app. One export line per file.
