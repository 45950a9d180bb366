using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>
/// The idea transcripts' world: the flow harness with an in-memory idea store whose references come in a fixed order
/// (ABCDEF, GHJKLM, ...), optionally behind a store that fails on demand, and idea texts per language whose
/// Handlungsfeld is obvious.
/// </summary>
internal static class IdeaWorld
{
    public const string PrivacyUrl = "http://localhost:3978/privacy";

    public static TheoryData<string> Locales => ["de-DE", "en-US", "ar-SA", "tr-TR", "uk-UA", "ru-RU", "fa-IR", "nl-NL"];

    public static readonly ChannelUser Resident = new("test", "user-1");

    public static FlowHarness NewHarness(FailingIdeaStore? failing = null) => new(services =>
    {
        var issued = 0;
        services.AddSingleton(sp => new MemoryIdeaStore(sp.GetRequiredService<TimeProvider>(),
            new BookingCodes(max => (Interlocked.Increment(ref issued) - 1) % max)));
        services.AddSingleton<IIdeaStore>(sp => failing is null ? sp.GetRequiredService<MemoryIdeaStore>() : failing.Over(sp.GetRequiredService<MemoryIdeaStore>()));
        services.AddSingleton<CountingTrigger>();
        services.AddSingleton<IIdeaProcessingTrigger>(sp => sp.GetRequiredService<CountingTrigger>());
    });

    /// <summary>How often the flow woke the background job.</summary>
    public static int Signals(this FlowHarness harness) => harness.Services.GetRequiredService<CountingTrigger>().Count;

    public static MemoryIdeaStore Ideas(this FlowHarness harness) => harness.Services.GetRequiredService<MemoryIdeaStore>();

    public static async Task<IReadOnlyList<Idea>> AllIdeasAsync(this FlowHarness harness) =>
        await harness.Ideas().ListRecentAsync(null, 100, TestContext.Current.CancellationToken);

    /// <summary>An idea about German courses (Bildung und Sprachen) in the conversation's language.</summary>
    public static string LanguageCourseIdea(string language) => language switch
    {
        "de" => "Mehr Deutschkurse am Abend in der Volkshochschule",
        "en" => "More German language courses in the evening",
        "ar" => "المزيد من دورات اللغة الألمانية في المساء",
        "tr" => "Akşamları daha fazla Almanca dil kursu",
        "uk" => "Більше вечірніх курсів німецької мови",
        "ru" => "Больше вечерних курсов немецкого языка",
        "fa" => "کلاس‌های بیشتر زبان آلمانی در عصرها",
        "nl" => "Meer cursussen Duitse taal in de avond",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>An idea about a football tournament (Sport und Freizeit) in the conversation's language.</summary>
    public static string FootballIdea(string language) => language switch
    {
        "de" => "Ein Fußballturnier im Sportverein für alle",
        "en" => "A football tournament at the sports club for everyone",
        "ar" => "بطولة كرة قدم في النادي الرياضي للجميع",
        "tr" => "Spor kulübünde herkes için bir futbol turnuvası",
        "uk" => "Футбольний турнір у спортивному клубі для всіх",
        "ru" => "Футбольный турнир в спортивном клубе для всех",
        "fa" => "یک مسابقه فوتبال در باشگاه ورزشی برای همه",
        "nl" => "Een voetbaltoernooi bij de sportclub voor iedereen",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>A second sentence that adds to an idea.</summary>
    public static string Addition(string language) => language switch
    {
        "de" => "Am besten zweimal pro Woche",
        "en" => "Ideally twice a week",
        "ar" => "الأفضل مرتين في الأسبوع",
        "tr" => "En iyisi haftada iki kez",
        "uk" => "Найкраще двічі на тиждень",
        "ru" => "Лучше всего два раза в неделю",
        "fa" => "بهتر است هفته‌ای دو بار باشد",
        "nl" => "Het liefst twee keer per week",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>An idea stored earlier by someone else (for the "already suggested" hint).</summary>
    public static NewIdea Earlier(string text, string field, string language = "de") => new()
    {
        Key = new RequestKey("test", "conv-other", Guid.NewGuid().ToString("N")),
        Text = text,
        Language = language,
        Channel = "test",
        Field = field,
        ConsentAt = FlowHarness.DefaultNow,
    };

    public static string FieldName(FlowHarness harness, string language, string field) => harness.Text(language, "Glossary_Field_" + field);

    public static string Description(FlowHarness harness, string language, string field) => harness.Text(language, "Glossary_Field_" + field + "_Description");

    public const string Education = Handlungsfelder.BildungSprachen;
    public const string Sport = Handlungsfelder.SportFreizeit;

    internal sealed class CountingTrigger : IIdeaProcessingTrigger
    {
        private int _count;

        public int Count => _count;

        public void Signal() => Interlocked.Increment(ref _count);
    }
}
