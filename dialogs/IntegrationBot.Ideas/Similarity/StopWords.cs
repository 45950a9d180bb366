using System.Collections.Frozen;
using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Ideas.Similarity;

/// <summary>
/// Function words and idea boilerplate ("more", "please", "should") of the shipped languages, folded: two ideas do
/// not look alike because both ask for "more" of something.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // de
        "mehr", "bitte", "eine", "einen", "einer", "eines", "einem", "dass", "sollte", "sollten", "gibt", "geben", "ware", "waren", "fur",
        "und", "oder", "die", "der", "das", "den", "dem", "des", "mit", "von", "auch", "sich", "sind", "wir", "ihr", "uns", "unser", "unsere",
        "kann", "konnen", "konnte", "wird", "werden", "haben", "hat", "nicht", "noch", "viel", "viele", "ganz", "alle", "allen", "damit",
        "wenn", "weil", "als", "wie", "was", "zum", "zur", "bei", "nach", "aus", "uber", "ich", "man", "mussen", "muss", "brauchen", "braucht",
        "gut", "gute", "guten", "neue", "neuen", "stadt", "munster", "schon", "sehr", "dort", "hier", "jeden", "jede", "ohne", "durch",
        // en
        "more", "please", "the", "and", "for", "with", "should", "would", "could", "there", "that", "this", "have", "has", "are", "our",
        "their", "them", "they", "from", "not", "can", "will", "need", "needs", "want", "city", "also", "some", "many", "all", "new", "better",
        "good", "people", "very", "into", "like", "more", "where", "when", "who", "what", "which", "your", "you",
        // tr
        "daha", "fazla", "lutfen", "icin", "bir", "olsun", "olmali", "olmalı", "gibi", "ile", "cok", "her", "var", "yok", "bize", "biz", "sehir",
        "sehirde", "munster", "munsterde", "yeni", "istiyoruz", "gerek", "gerekli", "olarak", "ama", "veya", "daha", "cok",
        // uk
        "більше", "будь", "ласка", "для", "щоб", "потрібно", "треба", "місті", "місто", "нам", "нас", "які", "який", "яка", "або", "теж",
        "також", "дуже", "більш", "нових", "нові", "було", "були", "можна", "мюнстері",
        // ru
        "больше", "пожалуйста", "для", "чтобы", "нужно", "надо", "городе", "город", "нам", "нас", "которые", "или", "тоже", "также", "очень",
        "новых", "новые", "было", "были", "можно", "мюнстере",
        // ar (folded)
        "المزيد", "مزيد", "من", "في", "على", "الى", "مع", "عن", "اكثر", "نحتاج", "يجب", "هذا", "هذه", "التي", "الذي", "مدينه", "المدينه",
        "لنا", "كل", "بعض", "او", "ان", "لكي", "حتى", "جديده", "جديد", "ارجو", "نريد", "مونستر",
        // fa (folded)
        "بيشتر", "لطفا", "براي", "با", "از", "به", "در", "كه", "اين", "ان", "را", "هم", "يا", "شهر", "بايد", "ما", "هاي", "ها", "است",
        "باشد", "شود", "كنيد", "جديد", "مونستر", "داريم", "نياز",
        // nl
        "meer", "alstublieft", "graag", "een", "het", "van", "voor", "met", "moet", "moeten", "zou", "zouden", "zijn", "wij", "onze", "ons",
        "ook", "die", "dat", "niet", "nog", "veel", "alle", "stad", "nieuwe", "kan", "kunnen", "worden", "wordt", "hebben", "heeft",
    }.Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string foldedToken) => Words.Contains(foldedToken);
}
