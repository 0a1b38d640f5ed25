"""Sentences a disguised contact is embedded in: marketplace chat in several languages. `{c}` marks it."""

from __future__ import annotations

TEMPLATES: tuple[str, ...] = (
    "Hi! Thanks for the invite. Easier to talk here: {c} - ping me anytime",
    "sure, send the brief to {c} and I'll quote tomorrow",
    "My contact is {c}, let's sort the details there",
    "ok deal. {c} . message me there pls",
    "Before we start, you can reach me on {c} for quick questions.",
    "I can share more samples privately: {c}",
    "Hola, te paso mi contacto: {c} y hablamos por ahí",
    "Olá! Me chama em {c} que a gente combina o valor",
    "Bonjour, écrivez-moi sur {c} pour les détails",
    "Hallo, am besten erreichst du mich unter {c}, danke!",
    "bhai details ke liye {c} pe message karo",
    "Ciao, scrivimi a {c} così ci accordiamo",
    "{c}",
    "{c} <- that's me, add me",
)
