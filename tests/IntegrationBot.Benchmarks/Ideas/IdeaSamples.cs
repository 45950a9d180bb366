namespace IntegrationBot.Benchmarks.Ideas;

/// <summary>One typical idea per shipped language (a sentence of 6-15 words).</summary>
public static class IdeaSamples
{
    public static readonly (string Text, string Language)[] OnePerLanguage =
    [
        ("Mehr Deutschkurse am Abend, damit auch Berufstätige teilnehmen können.", "de"),
        ("Affordable flats for large families near the city centre.", "en"),
        ("مساعدة العائلات الفقيرة في الحصول على الإعانات الاجتماعية.", "ar"),
        ("Oturma izni ve aile birleşimi konusunda ücretsiz hukuki danışmanlık.", "tr"),
        ("Молодіжний центр у районі, куди підлітки можуть ходити після школи.", "uk"),
        ("Отдельный участок на кладбище для похорон по религиозным традициям.", "ru"),
        ("کارمندان اداره‌ها باید با مهاجران محترمانه رفتار کنند و آموزش بین‌فرهنگی ببینند.", "fa"),
        ("Gratis zwemles voor volwassenen die nooit hebben leren zwemmen.", "nl"),
    ];
}
