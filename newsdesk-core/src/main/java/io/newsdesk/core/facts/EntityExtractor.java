package io.newsdesk.core.facts;

import io.newsdesk.core.language.WordTokenizer;
import io.newsdesk.core.language.ner.NameTyper;
import io.newsdesk.core.model.Document;
import io.newsdesk.core.model.EntityType;
import io.newsdesk.core.model.Sentence;
import io.newsdesk.core.text.Datelines;
import io.newsdesk.core.text.NamePattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names in English news by capitalisation, and types them: a country or region of the gazetteer is a place,
 * a name after a title ("Gen.") a person, a name holding "Ministry" or spelling the outlet of one of the articles
 * read ({@link OutletNames}) an organisation and a name before "province" or "district" a place; every other name is
 * typed by the trained {@link NameTyper}, reading the name in its sentence, and only where it is unsure by rules of
 * context (a name before "province" is a place, a name before "said" a person, a name in capitals an organisation,
 * a name listed with a typed one of that one's type). Demonyms standing alone ("Syrian forces") name their country.
 */
public final class EntityExtractor {

  private static final Pattern NAME = Pattern.compile(NamePattern.NAME);
  private static final Pattern SAYS_AFTER = Pattern.compile("['’]?s?\\s*,?\\s*(?:has |had )?(?:said|says|told|added)\\b");
  private static final java.util.Set<String> SAYING_VERBS = java.util.Set.of("said", "says", "added", "told");

  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([\\p{L}-]+)");
  private static final Pattern WHO_AFTER = Pattern.compile("\\s*,\\s*who\\b");
  private static final Pattern ACRONYM_OPENS = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern ACRONYM_CLOSES = Pattern.compile("\\s*\\)");
  /** What may stand between two parts of one long name: "of", "and the", "for". */
  private static final Pattern SMALL_WORDS_BETWEEN = Pattern.compile("(?:\\s+(?:of|and|the|for|de|al|el))+\\s+");
  /** What stands between two names of a list: a comma, "and" or "or", or a comma and either. */
  private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,\\s*(?:(?:and|or)\\s+)?|(?:and|or)\\s+)");

  /**
   * How far the typer's reading must score above the next for it to be taken over the rules of context. Set by hand
   * first, then checked on the entities a digest reports for the tuning documents of the entity data ({@code eval
   * ner}'s end-to-end figure, with a typer trained without them): typed-name F1 0.515 at 0, 0.518 at 0.5, 0.516 at
   * 2, 0.508 at 4, 0.496 at 8, 0.457 at 16.
   */
  static final float SURE_MARGIN = 0.5f;

  private final Gazetteer gazetteer;
  private final NameTyper typer;
  private final WordTokenizer tokenizer = new WordTokenizer();

  /** Types by the rules of context alone. */
  public EntityExtractor(Gazetteer gazetteer) {
    this(gazetteer, null);
  }

  /** Types by {@code typer} where it is sure (null: by the rules alone). */
  public EntityExtractor(Gazetteer gazetteer, NameTyper typer) {
    this.gazetteer = gazetteer;
    this.typer = typer;
  }

  /** The mentions in a group of documents; a name opening a sentence counts only if seen inside one too. */
  public List<Mention> extract(List<Document> documents) {
    Set<String> seenInside = new HashSet<>();
    List<List<Candidate>> perDoc = new ArrayList<>();
    OutletNames outlets = OutletNames.of(documents);
    for (Document doc : documents) {
      List<Candidate> candidates = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        candidates(new Words(s.text()), outlets, candidates);
      }
      for (Candidate c : candidates) {
        if (!c.opensSentence) {
          seenInside.add(c.name);
        }
        if (c.name.contains(" ")) {
          // "Bashar al-Assad" vouches for "Assad" opening a later sentence
          seenInside.addAll(List.of(c.name.replaceAll("\\b(?:al|el)-", "").split("\\s+")));
        }
      }
      perDoc.add(candidates);
    }
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      String id = documents.get(i).id();
      for (Candidate c : perDoc.get(i)) {
        boolean single = !c.name.contains(" ");
        if (c.opensSentence && single && !seenInside.contains(c.name) && c.type != EntityType.PLACE
            && !Names.isAcronym(c.name)) {
          continue; // "Taking back the crossing...": a capitalised word only because it opens the sentence
        }
        out.add(new Mention(c.name, c.type, id, c.sure, c.expansion));
      }
    }
    return out;
  }

  /**
   * A name found at {@code start..end} of its sentence; {@code byContext} when neither a rule of its own words nor a
   * sure reading of the typer gave its type, only the rules of context; {@code expansion} the name it abbreviates
   * where the sentence defines it, else null.
   */
  private record Candidate(String name, EntityType type, boolean sure, boolean opensSentence, int start, int end,
      boolean byContext, String expansion) {
    Candidate(String name, EntityType type, boolean sure, boolean opensSentence, int start, int end,
        boolean byContext) {
      this(name, type, sure, opensSentence, start, end, byContext, null);
    }

    Candidate as(EntityType other) {
      return new Candidate(name, other, sure, opensSentence, start, end, false, expansion);
    }

    /** This acronym as the abbreviation of {@code full}, typed as {@code head}, the name that opens it. */
    Candidate abbreviating(String full, Candidate head) {
      return new Candidate(name, head.type(), sure || head.sure(), opensSentence, start, end, head.byContext(), full);
    }
  }

  /** A type, whether a rule of the name's own words made it certain, and whether only context gave it. */
  private record Typed(EntityType type, boolean sure, boolean byContext) {
    Typed(EntityType type, boolean sure) {
      this(type, sure, false);
    }
  }

  /** A sentence, and its words for the typer, split when first asked for. */
  private final class Words {
    final String text;
    private List<WordTokenizer.Token> tokens;
    private List<String> texts;

    Words(String text) {
      this.text = text;
    }

    List<WordTokenizer.Token> tokens() {
      if (tokens == null) {
        tokens = tokenizer.tokenize(text);
        texts = WordTokenizer.texts(tokens);
      }
      return tokens;
    }

    /** The words alone, as the typer reads them. */
    List<String> texts() {
      tokens();
      return texts;
    }
  }

  private void candidates(Words words, OutletNames outlets, List<Candidate> out) {
    int first = out.size();
    nameCandidates(words, outlets, out);
    defineAcronyms(words.text, out.subList(first, out.size()));
    agreeWithConjuncts(words.text, out.subList(first, out.size()));
  }

  /**
   * An acronym in brackets just after a name made of its initials abbreviates that name ("the Islamic State of Iraq
   * and the Levant (ISIL)", a name the finder reads as two, joined again through the small words between them): it is
   * of the name's type (its first part's), and one entity with it. A place of the gazetteer keeps its own reading
   * ("North Korea (DPRK)" is one place already).
   */
  private void defineAcronyms(String sentence, List<Candidate> names) {
    for (int i = 1; i < names.size(); i++) {
      Candidate acronym = names.get(i);
      Candidate last = names.get(i - 1);
      if (last.end() > acronym.start() || !ACRONYM_OPENS.matcher(sentence.substring(last.end(), acronym.start()))
          .matches() || !ACRONYM_CLOSES.matcher(sentence).region(acronym.end(), sentence.length()).lookingAt()
          || !Names.isAcronym(acronym.name()) || gazetteer.place(acronym.name()).isPresent()) {
        continue;
      }
      for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
        Candidate first = names.get(k);
        if (k < i - 1 && !SMALL_WORDS_BETWEEN.matcher(sentence.substring(names.get(k).end(),
            names.get(k + 1).start())).matches()) {
          break;
        }
        String full = k == i - 1 ? last.name() : sentence.substring(first.start(), last.end());
        if (Names.abbreviates(acronym.name(), full)) {
          names.set(i, acronym.abbreviating(full, first));
          break;
        }
      }
    }
  }

  /**
   * Names joined by a comma, "and" or "or" are mostly of one type (in the training data of the entity recogniser, 359
   * such neighbours against 48): a name that only context typed takes the type of a neighbour so joined that a
   * rule of its words or a sure reading of the typer typed ("the Free Syrian Army, Hayat Tahrir Al-Sham and ...").
   */
  private static void agreeWithConjuncts(String sentence, List<Candidate> names) {
    for (int i = 0; i < names.size(); i++) {
      Candidate c = names.get(i);
      if (!c.byContext()) {
        continue;
      }
      for (int k : new int[] {i - 1, i + 1}) {
        if (k < 0 || k >= names.size()) {
          continue;
        }
        Candidate n = names.get(k);
        int from = Math.min(n.end(), c.end());
        int to = Math.max(n.start(), c.start());
        if (!n.byContext() && n.type() != EntityType.OTHER && from <= to
            && COORDINATION.matcher(sentence.substring(from, to)).matches()) {
          names.set(i, c.as(n.type()));
          break;
        }
      }
    }
  }

  private void nameCandidates(Words words, OutletNames outlets, List<Candidate> out) {
    String sentence = words.text;
    Matcher m = NAME.matcher(sentence);
    while (m.find()) {
      int start = m.start();
      List<String> tokens = new ArrayList<>(List.of(m.group().split("\\s+")));
      int tokenStart = start;
      // names split at a possessive: "Syria's Nassib crossing" names Syria and Nassib
      List<List<String>> parts = new ArrayList<>();
      List<String> current = new ArrayList<>();
      for (String t : tokens) {
        if (t.endsWith("'s") || t.endsWith("’s")) {
          current.add(t.substring(0, t.length() - 2));
          parts.add(current);
          current = new ArrayList<>();
        } else {
          // a full stop after a word of a name ends the sentence or an abbreviation ("NASA.", "Gen."), save in
          // initials ("U.S.", "Charles J. Fillmore")
          current.add(t.matches(".*\\.[^.]+\\.$|\\p{Lu}\\.") ? t : t.replaceAll("\\.+$", ""));
        }
      }
      if (!current.isEmpty()) {
        parts.add(current);
      }
      parts = splitAfterOutlet(splitAtOf(parts), outlets);
      int cursor = tokenStart;
      for (List<String> part : parts) {
        int partStart = sentence.indexOf(part.get(0), cursor);
        String joined = String.join(" ", part);
        int partEnd = partStart + joined.length();
        cursor = Math.max(cursor, partEnd);
        addCandidate(words, outlets, part, partStart, Math.min(partEnd, sentence.length()), out);
      }
    }
  }

  /**
   * A photo credit run into a caption's name ("Associated Press Felipe Massa", "Getty Images Massa") is two names:
   * a run that opens with an outlet's name is cut after it, unless what follows is no name of its own but part of
   * the outlet's ("New York Times Company": only organisation words follow).
   */
  private static List<List<String>> splitAfterOutlet(List<List<String>> parts, OutletNames outlets) {
    List<List<String>> out = new ArrayList<>(parts.size());
    for (List<String> part : parts) {
      int cut = 0;
      if (part.size() <= OutletNames.MOST_WORDS && outlets.names(String.join(" ", part))) {
        out.add(part); // "BBC News" is one outlet
        continue;
      }
      // outlets' names are short: only the first few words are tried, so a long run costs no more than a short one
      for (int k = Math.min(part.size() - 1, OutletNames.MOST_WORDS); k >= 1 && cut == 0; k--) {
        if (outlets.names(String.join(" ", part.subList(0, k)))) {
          cut = k;
        }
      }
      if (cut == 0 || part.subList(cut, part.size()).stream().allMatch(Names.ORG_WORDS::contains)) {
        out.add(part);
      } else {
        out.add(part.subList(0, cut));
        out.add(part.subList(cut, part.size()));
      }
    }
    return out;
  }

  /**
   * "Abdul Karim of the Ghazipur police" names a person and a place, while "Ministry of Defence" and
   * "Bank of England" are one organisation: a name is cut at "of" unless an organisation word holds it together.
   */
  private static List<List<String>> splitAtOf(List<List<String>> parts) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> part : parts) {
      int of = part.indexOf("of");
      if (of <= 0 || part.stream().anyMatch(Names.ORG_WORDS::contains)) {
        out.add(part);
        continue;
      }
      out.add(part.subList(0, of));
      List<String> rest = part.subList(of + 1, part.size());
      if (!rest.isEmpty() && rest.get(0).equals("the")) {
        rest = rest.subList(1, rest.size());
      }
      if (!rest.isEmpty()) {
        out.add(rest);
      }
    }
    return out;
  }

  private void addCandidate(Words words, OutletNames outlets, List<String> tokens, int start, int end,
      List<Candidate> out) {
    String sentence = words.text;
    boolean opens = opensClause(sentence, start);
    // start and end follow the words left out, so that the typer and the context read the name that is kept
    while (!tokens.isEmpty() && (NamePattern.isNotAName(tokens.get(0)) || isJoiner(tokens.get(0)))) {
      opens = false;
      start = after(sentence, tokens.get(0), start, end);
      tokens = tokens.subList(1, tokens.size());
    }
    boolean titled = false;
    while (tokens.size() > 1 && Names.PERSON_TITLES.contains(tokens.get(0))
        && Character.isUpperCase(tokens.get(0).charAt(0))) {
      titled = true; // "Gen. Salah Abuzeid" is Salah Abuzeid, a person
      opens = false;
      start = after(sentence, tokens.get(0), start, end);
      tokens = tokens.subList(1, tokens.size());
    }
    // "U.S. President Donald Trump", "Afghan Ambassador Hamdullah Mohib": a title inside the run says that the words
    // after it name a person, and the words before it belong to the title
    for (int k = tokens.size() - 2; k >= 1; k--) {
      if (Names.PERSON_TITLES.contains(tokens.get(k)) && Character.isUpperCase(tokens.get(k).charAt(0))
          && tokens.subList(0, k).stream().noneMatch(Names.ORG_WORDS::contains)) {
        for (int i = 0; i <= k; i++) {
          start = after(sentence, tokens.get(i), start, end);
        }
        tokens = tokens.subList(k + 1, tokens.size());
        titled = true;
        opens = false;
        break;
      }
    }
    while (!tokens.isEmpty() && isJoiner(tokens.get(tokens.size() - 1))) {
      String last = tokens.get(tokens.size() - 1);
      int at = sentence.lastIndexOf(last, end - last.length());
      end = at >= start ? at : end;
      tokens = tokens.subList(0, tokens.size() - 1);
    }
    if (tokens.isEmpty()) {
      return;
    }
    String name = String.join(" ", tokens);
    if (name.length() < 2 || name.chars().noneMatch(Character::isLetter)) {
      return;
    }
    if (start < Datelines.leadLength(sentence) && start == 0 && Names.isAcronym(name)) {
      // the city of a wire dateline, "BISHKEK (Meridian Wire) — ...", written as it is elsewhere
      out.add(new Candidate(Datelines.asWritten(name), EntityType.PLACE, true, false, start, end, false));
      return;
    }
    var country = gazetteer.country(name)
        .or(() -> name.endsWith("s") ? gazetteer.country(name.substring(0, name.length() - 1)) : Optional.empty());
    if (country.isPresent()) {
      // "Syrian forces": Syria; "North Korean officials": North Korea
      out.add(new Candidate(country.get().name(), EntityType.PLACE, true, false, start, end, false));
      return;
    }
    Typed typed = titled ? new Typed(EntityType.PERSON, true) : type(words, outlets, tokens, name, start, end);
    out.add(new Candidate(name, typed.type(), typed.sure(), opens, start, end, typed.byContext()));
  }

  /** Where the text after {@code word}, written at or after {@code start}, begins; {@code start} if not there. */
  private static int after(String sentence, String word, int start, int end) {
    int at = sentence.indexOf(word, start);
    return at >= 0 && at + word.length() <= end ? at + word.length() : start;
  }

  private Typed type(Words words, OutletNames outlets, List<String> tokens, String name, int start, int end) {
    if (gazetteer.place(name).isPresent()) {
      return new Typed(EntityType.PLACE, true);
    }
    if (outlets.names(name)) {
      return new Typed(EntityType.ORGANIZATION, true); // "sources told Al Jazeera" in Al Jazeera's article
    }
    for (String t : tokens) {
      if (Names.ORG_WORDS.contains(t)) {
        return new Typed(EntityType.ORGANIZATION, true);
      }
    }
    if (Names.PLACE_NOUNS.contains(firstWord(words.text.substring(Math.min(end, words.text.length()))))) {
      // "the Zawiyat al-Mahjoub district": the noun after the name says what it is
      return new Typed(EntityType.PLACE, true);
    }
    if (WHO_AFTER.matcher(words.text).region(Math.min(end, words.text.length()), words.text.length()).lookingAt()) {
      // "said Ali Ezzedine, who sells household goods": "who" stands for people
      return new Typed(EntityType.PERSON, false);
    }
    if (typer != null) {
      NameTyper.Reading reading = read(words, name, start, end);
      if (reading != null && reading.margin() >= SURE_MARGIN) {
        return new Typed(reading.type() == null ? EntityType.OTHER : switch (reading.type()) {
          case PER -> EntityType.PERSON;
          case ORG -> EntityType.ORGANIZATION;
          case LOC -> EntityType.PLACE;
        }, false);
      }
    }
    return new Typed(typeByContext(words.text, tokens, name, start, end), false, true);
  }

  /**
   * The typer's reading of the name written at {@code start..end} of the sentence: the words it covers, the name's
   * own spelling standing for them ("Syria's" read as "Syria"); null when no word starts there.
   */
  private NameTyper.Reading read(Words words, String name, int start, int end) {
    List<WordTokenizer.Token> tokens = words.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      WordTokenizer.Token t = tokens.get(i);
      if (t.end() <= start) {
        continue;
      }
      if (t.start() >= end) {
        break;
      }
      if (first < 0) {
        first = i;
      }
      last = i;
    }
    if (first < 0) {
      return null;
    }
    return typer.read(words.texts(), first, last + 1);
  }

  private EntityType typeByContext(String sentence, List<String> tokens, String name, int start, int end) {
    if (tokens.size() == 1 && Names.isAcronym(name)) {
      return EntityType.ORGANIZATION;
    }
    String after = sentence.substring(Math.min(end, sentence.length()));
    String nextWord = firstWord(after);
    if (Names.PLACE_NOUNS.contains(nextWord)) {
      return EntityType.PLACE;
    }
    String before = sentence.substring(0, start);
    String prevWord = lastWord(before);
    if (Names.PERSON_TITLES.contains(prevWord) || Names.PERSON_TITLES.contains(capitalised(prevWord))) {
      return EntityType.PERSON;
    }
    if (SAYS_AFTER.matcher(after).lookingAt() || SAYING_VERBS.contains(prevWord)) {
      return EntityType.PERSON;
    }
    if (Names.PLACE_PREPOSITIONS.contains(prevWord.toLowerCase(Locale.ROOT)) && tokens.size() <= 2) {
      return EntityType.PLACE;
    }
    return EntityType.OTHER;
  }

  private static boolean isJoiner(String token) {
    return token.matches(NamePattern.JOINER);
  }

  /**
   * True when nothing but punctuation stands between the start of the sentence, a quote, a colon, a dash or a
   * wire dateline and this position: a capital there may be there only because a sentence or clause opens.
   */
  private static boolean opensClause(String sentence, int start) {
    int lead = Datelines.leadLength(sentence);
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
      i--;
    }
    if (i < 0 || i + 1 == lead) {
      return true;
    }
    char c = sentence.charAt(i);
    return c == '"' || c == '“' || c == '‘' || c == ':' || c == '—' || c == '–' || c == '(' || c == ';';
  }

  private static String firstWord(String s) {
    Matcher m = FIRST_WORD.matcher(s);
    return m.find() ? m.group(1) : "";
  }

  /** The last word of {@code s}, skipping trailing spaces and commas; scanned backwards, not by a regex. */
  private static String lastWord(String s) {
    int end = s.length();
    while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',')) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return s.substring(start, end);
  }

  private static String capitalised(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
