"""Text fingerprints for near-duplicate detection: normalised-text hash plus a MinHash of word shingles.

The normaliser removes what syndication changes without changing the story: datelines ("MOSCOW:",
"KYIV, Ukraine (AP) —"), bylines, section headings, photo captions, "Read more"/"Related:" tails,
URLs, line wrapping, quotes and punctuation, and US/UK spelling. Everything here is deterministic across
processes and machines: SHA-1 shingle hashes and datasketch permutations from a fixed seed, never
Python's salted `hash()`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash

from schemas.models import TextFingerprint

NUM_PERM = 128
MINHASH_SEED = 20250207
SHINGLE_SIZE = 3
# A paragraph this short without sentence punctuation is a heading, caption or link, not story text.
HEADING_MAX_WORDS = 12

# The one MinHash whose permutations every fingerprint copies: computing them is the slow part.
# Shingles arrive already hashed to 32 bits, so the sketch's hash function is the identity.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme="affine32", hashfunc=int)

_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
_RETWEET_PREFIX = re.compile(r"^\s*RT\s+@\w+:\s*")
# "KYIV, Ukraine (AP) —", "MOSCOW:", "Kyiv, Feb 7 (Reuters) -", "MOSCOW, February 7. /TASS/."
_DATELINE = re.compile(
    r"""^\s*
    (?:[A-Z][A-Za-z'’.\-]*(?:[ ,]{1,2}[A-Z][A-Za-z'’.\-]*){0,3})?      # place, region
    (?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?  # date
    \s*\.?\s*(?:\([A-Za-z .]{2,20}\)|/[A-Za-z]{2,10}/\.?)?                 # (AP), /TASS/
    \s*(?::|[–—-]{1,2})\s+""",
    re.VERBOSE,
)
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z'’.\- ]{2,30}\b")
_BYLINE = re.compile(
    r"^\s*(?:by\s+[A-Z]|updated\b|published\b|posted\b|last updated\b|share\b|advertisement\b|"
    r"photo:|image:|file photo\b|watch:|listen:|©)",
    re.IGNORECASE,
)
_TAIL_MARKER = re.compile(
    r"^\s*(?:read more|read also|also read|related(?: stories| coverage| articles)?|see also|more on this|"
    r"more:|recommended|subscribe|sign up|follow us|click here|don'?t miss)\b",
    re.IGNORECASE,
)
_INLINE_TAIL = re.compile(r"\s(?:read more|related|read also|see also)\s*:.*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"""[.!?…:;"”’')\]]\s*$""")
_TOKEN = re.compile(r"\w+")

# Whole-word US/UK pairs (folded to the US form) the suffix rules below do not cover.
_SPELLING = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "grey": "gray", "towards": "toward",
    "amongst": "among", "whilst": "while", "amidst": "amid", "tyre": "tire", "tyres": "tires",
    "plough": "plow", "mould": "mold", "jewellery": "jewelry", "aluminium": "aluminum",
    "kerb": "curb", "storey": "story", "storeys": "stories", "cheque": "check", "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers", "sceptical": "skeptical", "draught": "draft", "analyse": "analyze",
    "analysed": "analyzed", "analysing": "analyzing", "paralyse": "paralyze", "catalogue": "catalog",
    "dialogue": "dialog", "enrol": "enroll", "fulfil": "fulfill", "judgement": "judgment",
    "learnt": "learned", "spelt": "spelled", "burnt": "burned",
}
_PER_CENT = re.compile(r"\bper\s+cent\b")
_OUR = re.compile(r"^(\w{2,}[^aeiou\W])our(s|ed|ing|ite|ites|able|er|ers)?$")  # colour, armoured
_ISE = re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$")  # organise, mobilised
_TRE = re.compile(r"^(\w{2,}[^aeiou\W])tre(s|d)?$")  # centre, kilometres
_LL = re.compile(r"^(\w{2,}[aeiou])ll(ed|ing|er|ers)$")  # travelled, shelling folded alike


@lru_cache(maxsize=65536)
def fold_spelling(token: str) -> str:
    """Map a casefolded token to one spelling shared by its US and UK forms (both sides fold alike)."""
    mapped = _SPELLING.get(token)
    if mapped is not None:
        return mapped
    if len(token) < 5:
        return token
    token = _OUR.sub(r"\1or\2", token)
    token = _ISE.sub(r"\1iz\2", token)
    token = _TRE.sub(r"\1ter\2", token)
    return _LL.sub(r"\1l\2", token)


def _paragraphs(text: str) -> list[str]:
    """Split into paragraphs, re-joining hard-wrapped lines.

    Blank lines separate paragraphs. Within a block, a line that stops mid-sentence and is nearly as
    long as the longest line was wrapped, so it continues on the next line; a short line without
    sentence punctuation is a heading or caption on its own.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        wrap_width = 0.6 * max(len(line) for line in lines)
        buffer: list[str] = []
        for line in lines:
            buffer.append(line)
            if len(line) < wrap_width or _SENTENCE_END.search(line):
                paragraphs.append(" ".join(buffer))
                buffer = []
        if buffer:
            paragraphs.append(" ".join(buffer))
    return paragraphs


def _strip_dateline(paragraph: str) -> str:
    match = _DATELINE.match(paragraph)
    if match is None or len(match.group(0)) > 70:
        return paragraph
    head = match.group(0)
    # Only an upper-case place ("KYIV") or an agency tag ("(AP)", "/TASS/") makes it a dateline,
    # so that an ordinary opening ("Ukraine - a country...") keeps its words.
    if _DATELINE_HEAD.match(head) or "(" in head or "/" in head:
        return paragraph[match.end() :]
    return paragraph


def _story_paragraphs(text: str) -> list[str]:
    paragraphs = [_RETWEET_PREFIX.sub("", p, count=1).strip() if p[:3].lstrip().startswith("RT") else p.strip()
                  for p in _paragraphs(text)]
    paragraphs = [p for p in paragraphs if p]
    kept: list[str] = []
    in_tail = False
    for paragraph in paragraphs:
        if _TAIL_MARKER.match(paragraph):
            in_tail = True
            continue
        words = len(paragraph.split())
        is_heading = words <= HEADING_MAX_WORDS and not _SENTENCE_END.search(paragraph)
        if in_tail and (is_heading or words <= 20):
            continue  # the headlines listed under "Related:" / "Read more"
        in_tail = False
        if is_heading or (_BYLINE.match(paragraph) and words <= 20):
            continue
        if ":" in paragraph:
            paragraph = _INLINE_TAIL.sub("", paragraph)
        kept.append(paragraph)
    if not kept:
        return paragraphs  # a post or a one-line text: nothing looked like story text, keep it all
    kept[0] = _strip_dateline(kept[0])
    return kept


def normalise_tokens(title: str, text: str) -> list[str]:
    """The story's words, normalised: what two syndicated copies of it have in common."""
    body = text if text.strip() else title
    body = unicodedata.normalize("NFKC", body)
    if "http" in body or "www." in body or "pic.twitter" in body:
        body = _URL.sub(" ", body)
    story = " ".join(_story_paragraphs(body))
    story = story.casefold()
    if "per cent" in story or "per\ncent" in story:
        story = _PER_CENT.sub("percent", story)
    return [fold_spelling(token) for token in _TOKEN.findall(story)]


@lru_cache(maxsize=262144)
def _token_hash(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))
_FINAL = np.uint64(0xFF51AFD7ED558CCD)


def shingle_hashes(tokens: list[str], size: int = SHINGLE_SIZE) -> np.ndarray:
    """Distinct 32-bit hashes of the word n-grams (the whole text is one n-gram when shorter).

    Token hashes are cached and combined with numpy, so a shingle costs no Python-level hashing.
    """
    if not tokens:
        return np.empty(0, dtype=np.uint32)
    hashes = np.fromiter((_token_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    if len(tokens) < size:
        size = len(tokens)
    span = len(tokens) - size + 1
    with np.errstate(over="ignore"):
        combined = np.zeros(span, dtype=np.uint64)
        for offset in range(size):
            combined = (combined * _MIX[offset % 3]) ^ hashes[offset : offset + span]
        combined ^= combined >> np.uint64(29)
        combined *= _FINAL
        combined ^= combined >> np.uint64(32)
    return np.unique((combined & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def fingerprint(title: str, text: str) -> TextFingerprint:
    """Fingerprint a document's text (the title stands in only when there is no text)."""
    tokens = normalise_tokens(title, text)
    grams = shingle_hashes(tokens)
    minhash = _TEMPLATE.copy()
    if len(grams):
        minhash.update_batch(grams)
    return TextFingerprint(
        text_hash=hashlib.sha256(" ".join(tokens).encode()).hexdigest(),
        minhash=minhash.hashvalues.tolist() if len(grams) else [],
        shingles=len(grams),
    )


def to_minhash(fp: TextFingerprint) -> LeanMinHash:
    """Rebuild a datasketch sketch from a stored fingerprint (for datasketch's own LSH, if wanted)."""
    return LeanMinHash(seed=MINHASH_SEED, hashvalues=fp.minhash, scheme="affine32")
