using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IntegrationBot.TextAnalytics.Offline.Text;

namespace IntegrationBot.TextAnalytics.Offline.Pii;

/// <summary>
/// Personal names where the text announces them ("ich heiße Anna", "Herr Schmidt", "اسمي أحمد"), and every later
/// occurrence of a name found that way. Names mentioned without a cue are not found: there is no name dictionary.
/// </summary>
internal static class PersonNameFinder
{
    // German capitalises nouns, so "ich bin Lehrerin" looks like a name; these are what people say they are.
    private static readonly FrozenSet<string> NotNamesAfterIchBin = FrozenSet.Create(
        StringComparer.Ordinal,
        "Lehrer", "Lehrerin", "Student", "Studentin", "Schüler", "Schülerin", "Mutter", "Vater", "Arzt", "Ärztin",
        "Rentner", "Rentnerin", "Flüchtling", "Mitglied", "Deutscher", "Deutsche", "Ausländer", "Ausländerin", "Hausfrau",
        "Hausmann", "Ingenieur", "Ingenieurin", "Krankenschwester", "Pfleger", "Pflegerin", "Pflegekraft", "Azubi",
        "Anfänger", "Anfängerin", "Single", "Mama", "Papa", "Oma", "Opa", "Witwe", "Witwer", "Christ", "Christin",
        "Muslim", "Muslima", "Muslimin", "Syrer", "Syrerin", "Afghane", "Afghanin", "Iraner", "Iranerin", "Iraker",
        "Irakerin", "Türke", "Türkin", "Ukrainer", "Ukrainerin", "Russe", "Russin", "Kurde", "Kurdin", "Araber",
        "Araberin", "Eritreer", "Eritreerin", "Ehrenamtliche", "Ehrenamtlicher", "Erzieher", "Erzieherin", "Koch",
        "Köchin", "Fahrer", "Fahrerin", "Verkäufer", "Verkäuferin", "Elektriker", "Friseur", "Friseurin", "Anwohner",
        "Anwohnerin", "Nachbar", "Nachbarin", "Bürger", "Bürgerin", "Münsteraner", "Münsteranerin", "Alleinerziehend",
        "Alleinerziehende", "Mitte", "Anfang", "Ende", "Neu", "Hier", "Seit");

    // "eine Frau Hilfe braucht": after these words "Frau"/"Herr" is a noun, not a title.
    private static readonly FrozenSet<string> ArticlesBeforeNoun = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "ein", "eine", "einer", "einen", "einem", "keine", "keiner", "jede", "jeder", "jeden", "viele", "vielen",
        "mehr", "welche", "diese", "dieser", "alte", "alten", "junge", "jungen", "ältere", "älteren", "the", "a", "une");

    // Words that end an Arabic-script name: copulas and conjunctions ("اسم من علی است", "اسمي أحمد وأنا...").
    private static readonly FrozenSet<string> ArabicScriptStops = FrozenSet.Create(
        StringComparer.Ordinal,
        "است", "هست", "هستم", "و", "من", "أنا", "انا", "وأنا", "وانا", "في", "من", "هو", "هي", "ئەمە", "ە", "یە", "بوو",
        "از", "در", "به", "عمري", "عمرم", "ساله", "ساڵە", "من‌", "وعمري", "ولدي");

    // Two-letter names ("Li", "Bo") would match ordinary words elsewhere in the text.
    private const int MinRepeatedNameLength = 3;

    public static void Find(string text, List<PiiEntity> found)
    {
        var start = found.Count;
        foreach (Match match in PiiPatterns.NameAfterCue().Matches(text))
        {
            var name = match.Groups["name"];
            var cue = match.Groups["cue"];
            if (IsName(text, cue, name))
            {
                found.Add(new PiiEntity(PiiCategories.Person, name.Index, name.Length));
            }
        }

        foreach (Match match in PiiPatterns.ArabicScriptNameAfterCue().Matches(text))
        {
            AddArabicScriptName(match, found);
        }

        AddLaterOccurrences(text, found, start);
    }

    private static bool IsName(string text, Group cue, Group name)
    {
        var cueText = cue.ValueSpan;
        if (cueText.StartsWith("ich", StringComparison.OrdinalIgnoreCase))
        {
            return !NotNamesAfterIchBin.Contains(FirstWord(name.ValueSpan));
        }

        if (cueText is "Frau" or "Herr" or "Herrn")
        {
            return !ArticlesBeforeNoun.Contains(PreviousWord(text, cue.Index));
        }

        return true;
    }

    private static void AddArabicScriptName(Match match, List<PiiEntity> found)
    {
        var first = match.Groups["first"];
        if (ArabicScriptStops.Contains(first.Value))
        {
            return;
        }

        var second = match.Groups["second"];
        var end = second.Success && !ArabicScriptStops.Contains(second.Value) ? second.Index + second.Length : first.Index + first.Length;
        found.Add(new PiiEntity(PiiCategories.Person, first.Index, end - first.Index));
    }

    /// <summary>"Ich heiße Anna. Anna kommt aus Aleppo": the second "Anna" is as personal as the first.</summary>
    private static void AddLaterOccurrences(string text, List<PiiEntity> found, int start)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in found.Skip(start).ToList())
        {
            var name = text.Substring(entity.Offset, entity.Length);
            foreach (var word in Words.All(name).Where(w => w.Length >= MinRepeatedNameLength))
            {
                known.Add(name.Substring(word.Offset, word.Length));
            }
        }

        if (known.Count == 0)
        {
            return;
        }

        var covered = found.Skip(start).ToList();
        foreach (var word in Words.All(text))
        {
            var inside = covered.Exists(e => word.Offset >= e.Offset && word.Offset < e.Offset + e.Length);
            if (!inside && known.Contains(text.Substring(word.Offset, word.Length)))
            {
                found.Add(new PiiEntity(PiiCategories.Person, word.Offset, word.Length));
            }
        }
    }

    private static string FirstWord(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        return (space < 0 ? name : name[..space]).ToString();
    }

    private static string PreviousWord(string text, int index)
    {
        var end = index;
        while (end > 0 && !Words.IsWordChar(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && Words.IsWordChar(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end];
    }
}
