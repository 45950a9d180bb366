using System.Globalization;
using IntegrationBot.Domain;
using IntegrationBot.Host.Coordinator;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Audit;
using IntegrationBot.Ideas.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationBot.Host.Ideas;

/// <summary>
/// The coordinators' idea API at <c>/api/coordinator/ideas</c>, behind the coordinator key: list with filters and
/// paging, read one, review (status, Handlungsfeld, tags, notes), and CSV/Excel exports with the same filters. Every
/// read that can show personal data, every change and every export is written to the audit log (ids and counts only).
/// </summary>
public static class IdeasApi
{
    /// <summary>Exports stop here; narrow the filters for more. The default is 50,000 rows.</summary>
    public const int MaxExportRows = 50_000;

    /// <summary>Who the audit log names: the API knows only that the coordinator key was sent.</summary>
    public const string ApiKeyActor = "api-key";

    public static IEndpointRouteBuilder MapIdeas(this IEndpointRouteBuilder app)
    {
        var ideas = app.MapCoordinatorGroup("/ideas");
        ideas.MapGet("/", ListAsync);
        ideas.MapGet("/export.csv", (HttpRequest request, IIdeaReviewStore store, IAuditLog audit, CancellationToken ct) =>
            ExportAsync(request, store, audit, "csv", IdeaCsvExport.Write, IdeaCsvExport.ContentType, ct));
        ideas.MapGet("/export.xlsx", (HttpRequest request, IIdeaReviewStore store, IAuditLog audit, CancellationToken ct) =>
            ExportAsync(request, store, audit, "xlsx", IdeaXlsxExport.Write, IdeaXlsxExport.ContentType, ct));
        ideas.MapGet("/{id:guid}", GetAsync);
        ideas.MapPatch("/{id:guid}", PatchAsync);
        return app;
    }

    private static async Task<Results<JsonHttpResult<IdeaPageView>, ValidationProblem>> ListAsync(
        HttpRequest request, IIdeaReviewStore store, IAuditLog audit, CancellationToken cancellationToken)
    {
        var (query, errors) = IdeaQueryBinding.Read(request.Query);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var page = await store.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(new AuditEntry(ApiKeyActor, "ideas.list", null, Counts(page.Items)), cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(IdeaPageView.From(page), DomainJson.Options);
    }

    private static async Task<Results<JsonHttpResult<IdeaView>, NotFound>> GetAsync(
        Guid id, IIdeaReviewStore store, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } idea)
            return TypedResults.NotFound();
        await audit.WriteAsync(new AuditEntry(ApiKeyActor, "ideas.read", Target(idea)), cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(IdeaView.From(idea), DomainJson.Options);
    }

    private static async Task<Results<JsonHttpResult<IdeaView>, NotFound, ValidationProblem>> PatchAsync(
        Guid id, HttpRequest request, IIdeaReviewStore store, IAuditLog audit, CancellationToken cancellationToken)
    {
        var (patch, bodyError) = await IdeaPatch.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (bodyError is not null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [bodyError] });
        var (review, errors) = IdeaPatch.Validate(patch);
        if (review is null)
            return TypedResults.ValidationProblem(errors);
        if (await store.UpdateReviewAsync(id, review, cancellationToken).ConfigureAwait(false) is not { } updated)
            return TypedResults.NotFound();
        await audit.WriteAsync(new AuditEntry(ApiKeyActor, "ideas.update", Target(updated),
            new Dictionary<string, string> { ["changed"] = Changed(review) }), cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(IdeaView.From(updated), DomainJson.Options);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        HttpRequest request, IIdeaReviewStore store, IAuditLog audit, string format, Func<IEnumerable<Idea>, byte[]> write, string contentType,
        CancellationToken cancellationToken)
    {
        var (query, errors) = IdeaQueryBinding.Read(request.Query);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var ideas = await AllAsync(store, query, cancellationToken).ConfigureAwait(false);
        var details = new Dictionary<string, string>(Counts(ideas)) { ["format"] = format };
        await audit.WriteAsync(new AuditEntry(ApiKeyActor, "ideas.export", null, details), cancellationToken).ConfigureAwait(false);
        return TypedResults.File(write(ideas), contentType, $"ideen.{format}");
    }

    /// <summary>Every matching idea (paging ignored), newest first, up to <see cref="MaxExportRows"/>.</summary>
    private static async Task<List<Idea>> AllAsync(IIdeaReviewStore store, IdeaQuery query, CancellationToken cancellationToken)
    {
        var all = new List<Idea>();
        var page = query with { Offset = 0, Limit = IdeaQuery.MaxLimit };
        while (all.Count < MaxExportRows)
        {
            var found = await store.QueryAsync(page, cancellationToken).ConfigureAwait(false);
            all.AddRange(found.Items.Take(MaxExportRows - all.Count));
            if (found.Items.Count < page.Limit)
                break;
            page = page with { Offset = page.Offset + page.Limit };
        }
        return all;
    }

    private static Dictionary<string, string> Counts(IReadOnlyCollection<Idea> ideas) => new(StringComparer.Ordinal)
    {
        ["count"] = ideas.Count.ToString(CultureInfo.InvariantCulture),
        ["named"] = ideas.Count(i => !i.IsAnonymous).ToString(CultureInfo.InvariantCulture),
    };

    private static string Target(Idea idea) => idea.Id.ToString("D");

    private static string Changed(IdeaReview review) => string.Join(",", new[]
    {
        review.Status is null ? null : "status",
        review.Field is null ? null : "field",
        review.Tags is null ? null : "tags",
        review.Notes is null ? null : "notes",
    }.OfType<string>());
}
