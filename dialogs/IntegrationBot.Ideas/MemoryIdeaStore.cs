using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Ideas.Review;

namespace IntegrationBot.Ideas;

/// <summary>Ideas in process memory (the <c>Memory</c> storage provider and flow tests).</summary>
public sealed class MemoryIdeaStore(TimeProvider time, BookingCodes codes) : IIdeaStore, IIdeaProcessingStore, IIdeaReviewStore
{
    private readonly Lock _gate = new();
    private readonly List<Idea> _ideas = [];
    private readonly Dictionary<string, Guid> _requests = new(StringComparer.Ordinal);

    public Task<Idea> AddAsync(NewIdea idea, CancellationToken cancellationToken)
    {
        var hash = IdeaReferences.HashOf(idea.Key);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_requests.TryGetValue(hash, out var existing))
                return Task.FromResult(_ideas.First(i => i.Id == existing));

            string reference;
            do
                reference = codes.Next();
            while (_ideas.Any(i => i.Reference == reference));
            var stored = IdeaRows.From(idea, Guid.CreateVersion7(now), reference, now);
            _ideas.Add(stored);
            _requests[hash] = stored.Id;
            return Task.FromResult(stored);
        }
    }

    public Task<IReadOnlyList<Idea>> ListByAuthorAsync(ChannelUser author, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<Idea>>([.. _ideas.Where(i => i.Author == author).OrderByDescending(i => i.SubmittedAt)]);
    }

    public Task<int> EraseByAuthorAsync(ChannelUser author, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_ideas.RemoveAll(i => i.Author == author));
    }

    public Task<IReadOnlyList<Idea>> ListRecentAsync(string? field, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Idea>>([.. _ideas
                .Where(i => i.Status != IdeaStatus.Rejected && (field is null || i.Field == field))
                .OrderByDescending(i => i.SubmittedAt)
                .Take(limit)]);
        }
    }

    public Task<IReadOnlyList<Idea>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var due = _ideas.Where(i => i.NextAttemptAt <= now).OrderBy(i => i.NextAttemptAt).ThenBy(i => i.Id).Take(max).ToList();
            foreach (var idea in due)
                Replace(idea with { NextAttemptAt = now + lease });
            return Task.FromResult<IReadOnlyList<Idea>>(due);
        }
    }

    public Task<bool> SaveAnalysisAsync(Guid id, IdeaAnalysis analysis, CancellationToken cancellationToken) =>
        Change(id, i => i.Analysis == AnalysisState.Pending, i => i with
        {
            Analysis = analysis.State,
            DetectedLanguage = analysis.DetectedLanguage,
            KeyPhrases = analysis.KeyPhrases,
            RedactedText = analysis.RedactedText,
        });

    public Task<bool> SaveTranslationAsync(Guid id, IdeaTranslation translation, CancellationToken cancellationToken) =>
        Change(id, i => i.Translation == TranslationState.Pending, i => i with
        {
            Translation = translation.State,
            GermanText = translation.GermanText,
            MachineTranslated = translation.MachineTranslated,
        });

    public Task DeferAsync(Guid id, DateTimeOffset nextAttemptAt, int attempts, CancellationToken cancellationToken) =>
        Change(id, static _ => true, i => i with { ProcessingAttempts = attempts, NextAttemptAt = IsComplete(i) ? null : nextAttemptAt });

    public Task<IdeaPage> QueryAsync(IdeaQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var matching = _ideas.Where(i => IdeaFilter.Matches(i, query)).OrderByDescending(i => i.SubmittedAt).ThenByDescending(i => i.Id).ToList();
            return Task.FromResult(new IdeaPage([.. matching.Skip(query.Offset).Take(query.Limit)], matching.Count, query.Offset, query.Limit));
        }
    }

    public Task<Idea?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_ideas.FirstOrDefault(i => i.Id == id));
    }

    public async Task<Idea?> UpdateReviewAsync(Guid id, IdeaReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var now = time.GetUtcNow();
        var changed = await Change(id, static _ => true, i => i with
        {
            Status = review.Status ?? i.Status,
            Field = review.Field ?? i.Field,
            Tags = review.Tags ?? i.Tags,
            Notes = review.Notes is null ? i.Notes : review.Notes.Length == 0 ? null : review.Notes,
            UpdatedAt = now,
        }).ConfigureAwait(false);
        return changed ? await GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
    }

    private Task<bool> Change(Guid id, Func<Idea, bool> when, Func<Idea, Idea> change)
    {
        lock (_gate)
        {
            var index = _ideas.FindIndex(i => i.Id == id);
            if (index < 0 || !when(_ideas[index]))
                return Task.FromResult(false);
            var changed = change(_ideas[index]);
            _ideas[index] = IsComplete(changed) ? changed with { NextAttemptAt = null } : changed;
            return Task.FromResult(true);
        }
    }

    private void Replace(Idea idea) => _ideas[_ideas.FindIndex(i => i.Id == idea.Id)] = idea;

    private static bool IsComplete(Idea idea) => idea.Analysis != AnalysisState.Pending && idea.Translation != TranslationState.Pending;
}
