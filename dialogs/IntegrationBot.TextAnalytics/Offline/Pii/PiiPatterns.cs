using System.Text.RegularExpressions;

namespace IntegrationBot.TextAnalytics.Offline.Pii;

/// <summary>
/// The PII patterns, generated at compile time. Every pattern starts with a look-behind that only lets a match begin
/// at a word or number boundary, and its repetitions are separated by required characters, so a 50 000-character
/// text is scanned in linear time; the timeout is a guard, not an expected path.
/// </summary>
internal static partial class PiiPatterns
{
    private const int TimeoutMilliseconds = 1000;

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]{1,64}@[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){0,5}\.\p{L}{2,24}(?![\p{L}\p{N}])", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex Email();

    // International: +49 251 492-7000, 0049 (0)251 4927000, +44 20 7946 0958, +1 (555) 123-4567, +4915112345678.
    // National (German style, leading 0): 0251 / 492-7000, (0251) 4927000, 0176-12345678, 017612345678.
    // Separators between digit groups are required (space, -, /, .), so the groups cannot be split ambiguously.
    [GeneratedRegex(@"(?<![\p{L}\p{N}+])(?:(?:\+|00)[1-9]\d{0,2}(?:[ \-/.]{1,3}\(0\))?(?:[ \-/.]{0,3}\(?\d{1,6}\)?){1,5}|\+[1-9]\d{6,14}|\(?0\d{1,5}\)?(?:[ \-/.]{1,3}\d{1,10}){0,4}|0\d{6,14})(?![\p{N}])", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex Phone();

    // "Tel.: 4927000", "phone 251 4927": a number right after a telephone word, even without a leading 0 or +.
    [GeneratedRegex(@"(?<!\p{L})(?i:tel|telefon|telefonnummer|phone|handy|mobil|mobile|telefoonnummer|téléphone|teléfono|telefono|telefonu|телефон)\.?:?\s{0,3}(?<number>\d[\d \-/]{4,18}\d)(?![\p{N}])", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex PhoneAfterCue();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex Date();

    // German and Dutch streets: "Hauptstraße 5", "Von-Esmarch-Str. 12a", "Alter Steinweg 6", "Hammer Straße 12-14",
    // "Prinzipalmarkt 10", "Kerkstraat 3"; optionally followed by postcode and city. House numbers have at most three
    // digits so that "Sportplatz 2025" is not an address; common nouns with street endings are filtered in code.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<street>(?:\p{Lu}[\p{L}\-]{0,30}\s){0,2}\p{Lu}[\p{L}\-]{0,30}?(?i:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|promenade|pfad|markt|straat|laan|plein|gracht|kade|singel)|(?:\p{Lu}[\p{L}\-]{0,30}\s){1,2}(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ring|Gasse|Damm|Ufer))\s?\d{1,3}(?:\s?[a-z](?![\p{L}]))?(?:\s?[\-/]\s?\d{1,3})?(?![\p{N}])(?:,?\s{1,3}\d{4,5}\s{1,3}\p{Lu}[\p{L}\-]{1,40})?", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex Street();

    // English: "221B Baker Street", "12 High St.", "5 Station Road".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d{1,4}[A-Za-z]?\s(?:\p{Lu}\p{L}{1,30}\s){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Close|Square|Place|Terrace|Crescent)(?![\p{L}])", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex EnglishStreet();

    // "48143 Münster", "1012 AB Amsterdam"; the city word is checked against a list of counted nouns ("500 Euro").
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?:\d{5}|\d{4}\s?[A-Z]{2})\s{1,3}(?<city>\p{Lu}[\p{L}\-]{1,40})", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex PostcodeAndCity();

    // A capitalised name (one to three words, "Anna-Lena", "O'Brien") right after a cue in one of the languages:
    // "ich heiße", "mein Name ist", "Herr", "Frau", "my name is", "Mr", "ik heet", "je m'appelle", "me llamo",
    // "mi chiamo", "nazywam się", "benim adım", "navê min", "меня зовут", "мене звати", "пан"... Phrases match in any
    // case; titles only as written ("Ms" yes, "100 ms Latenz" no).
    [GeneratedRegex(@"(?<![\p{L}])(?<cue>(?i:ich\s+heiße|ich\s+heisse|mein\s+name\s+ist|mein\s+name\s+lautet|ich\s+bin|my\s+name\s+is|my\s+name's|i'm\s+called|i\s+am\s+called|call\s+me|mijn\s+naam\s+is|ik\s+heet|je\s+m['’]appelle|mon\s+nom\s+est|me\s+llamo|mi\s+nombre\s+es|mi\s+chiamo|il\s+mio\s+nome\s+è|nazywam\s+się|mam\s+na\s+imię|benim\s+adım|adım|benim\s+ismim|ismim|navê\s+min|меня\s+зовут|мо[её]\s+имя|мене\s+звати|моє\s+ім['’]я)|Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Miss|[Mm]eneer|[Mm]evrouw|Dhr\.|Mevr\.|[Mm]onsieur|[Mm]adame|Mme\.?|[Ss]eñora?|Sra?\.|[Ss]ignora?|Sig\.|[Ss]ayın|[Pp]ani?|[Гг]осподина?|[Гг]оспожа|[Пп]ан|[Пп]ані)\s+(?:(?i:dr|prof)\.\s+)?(?<name>\p{Lu}\p{Ll}+(?:[\-'’]\p{Lu}?\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:[\-'’]\p{Lu}?\p{Ll}+)?){0,2})(?![\p{L}])", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex NameAfterCue();

    // Arabic script has no capitals: the one or two words after "اسمي" / "اسم من" / "ناوم" / "السيد" / "آقای" / "خانم".
    [GeneratedRegex(@"(?<![\p{L}])(?:اسمي|اسم\s+من|اسمم|ناوم|ناوی\s+من|السيد|السيدة|الأستاذ|الأستاذة|آقای|خانم)\s+(?<first>[\p{L}\p{M}]{2,20})(?:\s+(?<second>[\p{L}\p{M}]{2,20}))?", RegexOptions.None, TimeoutMilliseconds)]
    public static partial Regex ArabicScriptNameAfterCue();
}
