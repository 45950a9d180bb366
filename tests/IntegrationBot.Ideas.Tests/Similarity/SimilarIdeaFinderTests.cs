using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas.Fields;
using IntegrationBot.Ideas.Similarity;
using IntegrationBot.Testing;

namespace IntegrationBot.Ideas.Tests.Similarity;

public sealed class SimilarIdeaFinderTests
{
    private static readonly ConceptMatcher Matcher = ConceptMatcher.CreateDefault();

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly MemoryIdeaStore _store;
    private readonly SimilarIdeaFinder _finder;
    private int _requests;

    public SimilarIdeaFinderTests()
    {
        _store = new MemoryIdeaStore(_time, new BookingCodes());
        _finder = new SimilarIdeaFinder(_store, Matcher);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_idea_in_the_same_language_is_found()
    {
        await Add("de", Handlungsfelder.BildungSprachen, "Bitte mehr Sprachkurse am Abend");
        await Add("de", Handlungsfelder.Wohnen, "Bezahlbare Wohnungen für große Familien");

        var found = await _finder.FindAsync("Sprachkurse abends, tagsüber arbeite ich", "de", null, 3, Token);

        Assert.Equal(["Bitte mehr Sprachkurse am Abend"], found.Select(i => i.Text));
    }

    [Fact]
    public async Task Ideas_in_other_languages_are_found_by_their_concepts()
    {
        await Add("en", Handlungsfelder.BildungSprachen, "evening language courses please");
        await Add("tr", Handlungsfelder.BildungSprachen, "akşam dil kursları");
        await Add("en", Handlungsfelder.SportFreizeit, "more football clubs for girls");

        var found = await _finder.FindAsync("Mehr Sprachkurse am Abend", "de", null, 5, Token);

        Assert.Equal(["akşam dil kursları", "evening language courses please"], found.Select(i => i.Text).Order());
    }

    [Fact]
    public async Task Unrelated_ideas_are_not_shown()
    {
        await Add("de", Handlungsfelder.SportFreizeit, "Mehr Fußballvereine für Mädchen");
        await Add("de", Handlungsfelder.KulturReligion, "Ein Gebetsraum in der Innenstadt");
        await Add("en", Handlungsfelder.GesundheitPflege, "Doctors who speak Arabic in the evening");
        await Add("de", Handlungsfelder.KinderJugendSoziales, "Mehr Kitaplätze im Stadtteil");

        Assert.Empty(await _finder.FindAsync("Mehr Sprachkurse am Abend", "de", null, 5, Token));
        Assert.Empty(await _finder.FindAsync("Mehr Spielplätze im Stadtteil", "de", null, 5, Token));
    }

    [Fact]
    public async Task At_most_max_ideas_are_returned_most_similar_first()
    {
        await Add("de", Handlungsfelder.BildungSprachen, "Deutschkurse am Wochenende");
        await Add("de", Handlungsfelder.BildungSprachen, "Mehr Sprachkurse am Abend");
        await Add("en", Handlungsfelder.BildungSprachen, "evening language courses");
        await Add("nl", Handlungsfelder.BildungSprachen, "taalcursussen in de avond");

        var found = await _finder.FindAsync("Mehr Sprachkurse am Abend", "de", null, 2, Token);

        Assert.Equal(2, found.Count);
        Assert.Equal("Mehr Sprachkurse am Abend", found[0].Text);
    }

    [Fact]
    public async Task Only_ideas_of_the_given_field_are_compared()
    {
        await Add("de", Handlungsfelder.BildungSprachen, "Mehr Sprachkurse am Abend");
        await Add("de", Handlungsfelder.KinderJugendSoziales, "Mehr Sprachkurse am Abend für Eltern");

        var found = await _finder.FindAsync("Sprachkurse am Abend", "de", Handlungsfelder.KinderJugendSoziales, 5, Token);

        Assert.Equal([Handlungsfelder.KinderJugendSoziales], found.Select(i => i.Field));
    }

    [Fact]
    public async Task Rejected_ideas_are_not_offered_even_if_a_store_returns_them()
    {
        var stored = await Add("de", Handlungsfelder.BildungSprachen, "Mehr Sprachkurse am Abend");
        var finder = new SimilarIdeaFinder(new ListedIdeas([stored with { Status = IdeaStatus.Rejected }]), Matcher);

        Assert.Empty(await finder.FindAsync("Mehr Sprachkurse am Abend", "de", null, 5, Token));
    }

    [Fact]
    public async Task The_stored_German_translation_is_compared_too()
    {
        // Italian is not a shipped language, so only the translation can make the match.
        var stored = await Add("it", Handlungsfelder.KulturReligion, "Una sala di preghiera nel centro della città");
        var finder = new SimilarIdeaFinder(new ListedIdeas([stored with { GermanText = "Ein Gebetsraum im Zentrum der Stadt" }]), Matcher);

        var found = await finder.FindAsync("Gebetsraum im Zentrum", "de", null, 5, Token);

        Assert.Equal([stored.Id], found.Select(i => i.Id));
    }

    [Fact]
    public async Task Nothing_is_searched_for_an_empty_text_or_max_zero()
    {
        await Add("de", Handlungsfelder.BildungSprachen, "Mehr Sprachkurse am Abend");

        Assert.Empty(await _finder.FindAsync("  ", "de", null, 5, Token));
        Assert.Empty(await _finder.FindAsync("Mehr Sprachkurse am Abend", "de", null, 0, Token));
    }

    private async Task<Idea> Add(string language, string field, string text)
    {
        _time.Advance(TimeSpan.FromMinutes(1));
        var request = Interlocked.Increment(ref _requests);
        return await _store.AddAsync(new NewIdea
        {
            Key = new RequestKey("webchat", "c1", $"a{request}"),
            Text = text,
            Language = language,
            Channel = "webchat",
            Field = field,
            ConsentAt = _time.GetUtcNow(),
        }, Token);
    }

    /// <summary>A store that lists exactly the given ideas, as a store with a filtering bug would.</summary>
    private sealed class ListedIdeas(IReadOnlyList<Idea> ideas) : IIdeaStore
    {
        public Task<IReadOnlyList<Idea>> ListRecentAsync(string? field, int limit, CancellationToken cancellationToken) => Task.FromResult(ideas);

        public Task<Idea> AddAsync(NewIdea idea, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Idea>> ListByAuthorAsync(ChannelUser author, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> EraseByAuthorAsync(ChannelUser author, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
