using BenchmarkDotNet.Attributes;
using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Fields;
using IntegrationBot.Ideas.Similarity;

namespace IntegrationBot.Benchmarks.Ideas;

// Looks for ideas like a new one among the most recent 500 stored ideas (SimilarIdeaFinder.CandidateLimit).
[MemoryDiagnoser]
public class SimilarIdeasBenchmarks
{
    private SimilarIdeaFinder _finder = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var store = new MemoryIdeaStore(TimeProvider.System, new BookingCodes());
        for (var i = 0; i < SimilarIdeaFinder.CandidateLimit; i++)
        {
            var (text, language) = IdeaSamples.OnePerLanguage[i % IdeaSamples.OnePerLanguage.Length];
            await store.AddAsync(new NewIdea
            {
                Key = new RequestKey("bench", "c", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Text = text,
                Language = language,
                Channel = "bench",
                Field = Handlungsfelder.BildungSprachen,
                ConsentAt = DateTimeOffset.UnixEpoch,
            }, CancellationToken.None);
        }
        _finder = new SimilarIdeaFinder(store, ConceptMatcher.CreateDefault());
    }

    [Benchmark]
    public async Task<int> FindAmong500() =>
        (await _finder.FindAsync("Mehr Sprachkurse am Abend für Berufstätige", "de", null, 3, CancellationToken.None)).Count;
}
