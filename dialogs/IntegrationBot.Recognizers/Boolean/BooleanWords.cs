namespace IntegrationBot.Recognizers.Boolean;

/// <summary>
/// Yes/no phrases per language. A phrase wins over a shorter one found elsewhere in the utterance
/// (see <see cref="BooleanRecognizer"/>), so only list multi-word phrases that really flip or confirm
/// the answer: "nicht ok" is one, "ja klar" is not (its "ja" already says yes).
/// </summary>
internal static class BooleanWords
{
    public static (string[] Yes, string[] No) For(string language) => language switch
    {
        Culture.German => (
            ["ja", "jawohl", "jo", "jep", "jup", "klar", "sicher", "natürlich", "genau", "gerne", "gern", "einverstanden",
             "richtig", "korrekt", "stimmt", "ok", "okay", "okey", "passt", "alles klar", "in ordnung", "auf jeden fall",
             "selbstverständlich", "zustimmen", "bestätigt", "freilich", "logisch"],
            ["nein", "nö", "nee", "falsch", "nicht ok", "nicht okay", "auf keinen fall", "keinesfalls", "niemals",
             "nicht einverstanden", "stimmt nicht", "nicht richtig", "nicht korrekt", "abgelehnt", "lieber nicht",
             "ablehnen", "nicht in ordnung", "natürlich nicht", "sicher nicht", "gar nicht", "überhaupt nicht",
             "auf gar keinen fall", "klar nicht"]),
        Culture.English => (
            ["yes", "yep", "yup", "yeah", "sure", "ok", "okay", "agree", "agreed", "true", "correct", "right",
             "absolutely", "certainly", "of course", "definitely", "fine", "alright", "all right", "affirmative",
             "sounds good", "i agree", "indeed", "yes please"],
            ["no", "nope", "nah", "disagree", "false", "incorrect", "wrong", "negative", "never", "not ok", "not okay",
             "not correct", "not right", "not true", "no way", "not fine", "i disagree", "no thanks", "not really",
             "not agree", "do not agree", "don't agree", "absolutely not", "certainly not", "of course not",
             "definitely not", "sure not"]),
        Culture.Dutch => (
            ["ja", "jawel", "jazeker", "zeker", "prima", "goed", "oké", "oke", "ok", "okay", "akkoord", "in orde",
             "natuurlijk", "vanzelfsprekend", "juist", "correct", "klopt", "tuurlijk", "uiteraard", "inderdaad", "waar"],
            ["nee", "neen", "niet", "nooit", "fout", "onjuist", "onwaar", "incorrect", "absoluut niet", "zeker niet",
             "niet goed", "niet oké", "niet ok"]),
        Culture.French => (
            ["oui", "ouais", "d'accord", "bien sûr", "bien sur", "certainement", "absolument", "exact", "exactement",
             "correct", "vrai", "ok", "okay", "entendu", "volontiers", "évidemment", "parfait", "carrément"],
            ["non", "pas", "faux", "incorrect", "jamais", "n'est pas correct", "pas correct", "pas vrai",
             "n'est pas vrai", "pas ok", "n'est pas ok", "pas d'accord", "absolument pas", "certainement pas",
             "pas du tout"]),
        Culture.Spanish => (
            ["sí", "si", "vale", "claro", "por supuesto", "de acuerdo", "correcto", "cierto", "verdadero", "ok", "okay",
             "está bien", "esta bien", "desde luego", "exacto", "afirmativo", "perfecto", "seguro", "claro que sí"],
            ["no", "nop", "nunca", "jamás", "falso", "incorrecto", "de ninguna manera", "no está bien", "no esta bien",
             "en absoluto", "no es correcto", "para nada", "negativo"]),
        Culture.Italian => (
            ["sì", "si", "certo", "certamente", "d'accordo", "ok", "okay", "giusto", "corretto", "vero", "esatto",
             "va bene", "sicuro", "assolutamente", "perfetto", "senz'altro", "ovviamente", "volentieri"],
            ["no", "falso", "sbagliato", "mai", "non è ok", "non va bene", "non è vero", "non è giusto",
             "non è corretto", "assolutamente no", "per niente", "neanche per sogno"]),
        Culture.Portuguese => (
            ["sim", "claro", "com certeza", "certamente", "de acordo", "ok", "okay", "tá bom", "ta bom", "está bem",
             "esta bem", "certo", "correto", "verdade", "exato", "perfeito", "beleza", "pode ser", "concordo"],
            ["não", "nao", "nunca", "jamais", "falso", "errado", "incorreto", "de jeito nenhum", "não está bem",
             "não concordo", "nao concordo", "de forma alguma"]),
        Culture.Turkish => (
            ["evet", "tamam", "olur", "tabii", "tabi", "tabii ki", "kesinlikle", "katılıyorum", "doğru", "peki",
             "elbette", "aynen", "onaylıyorum", "ok", "okey"],
            ["hayır", "hayir", "yok", "tamam değil", "katılmıyorum", "yanlış", "asla", "olmaz", "kesinlikle hayır",
             "doğru değil", "istemiyorum"]),
        Culture.Arabic => (
            ["نعم", "أجل", "اجل", "بالتأكيد", "بالتاكيد", "طبعا", "طبعاً", "حسنا", "حسناً", "موافق", "أوافق", "اوافق",
             "صحيح", "لا بأس", "اكيد", "أكيد", "تمام", "بلى", "ايوه", "إيوه"],
            ["لا", "كلا", "أختلف", "اختلف", "ليس صحيح", "غير صحيح", "ليست", "خطأ", "خطا", "أبدا", "أبداً", "ابدا",
             "لا أوافق", "لا اوافق", "غير موافق", "مستحيل"]),
        Culture.Ukrainian => (
            ["так", "ага", "звісно", "звичайно", "авжеж", "згоден", "згодна", "добре", "гаразд", "правильно", "точно",
             "безумовно", "окей", "ок", "певно", "атож"],
            ["ні", "не згоден", "не згодна", "ніколи", "неправильно", "невірно", "в жодному разі", "аж ніяк",
             "не треба", "ні в якому разі"]),
        Culture.Russian => (
            ["да", "ага", "конечно", "согласен", "согласна", "хорошо", "ладно", "верно", "правильно", "точно",
             "разумеется", "безусловно", "окей", "ок", "угу", "давай"],
            ["нет", "неа", "не согласен", "не согласна", "никогда", "неверно", "неправильно", "ни в коем случае",
             "не надо", "нет уж"]),
        Culture.Persian => (
            ["بله", "بلی", "آره", "اره", "حتما", "حتماً", "باشه", "موافقم", "درست", "البته", "آری", "قبول", "اوکی"],
            ["نه", "خیر", "نخیر", "موافق نیستم", "هرگز", "غلط", "اشتباه", "درست نیست", "هیچ وقت", "نمی خواهم"]),
        _ => ([], []),
    };

    /// <summary>Emoji answers, valid in every language; a skin-tone modifier may follow.</summary>
    public static readonly string[] YesEmoji = ["👍", "👌", "✅", "✔", "🆗"];

    public static readonly string[] NoEmoji = ["👎", "❌", "🚫"];
}
