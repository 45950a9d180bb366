using System.Text.Json;
using IntegrationBot.Contacts;
using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Host.Coordinator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationBot.Host.ContactDirectory;

/// <summary>
/// The coordinator API for the contact directory and the contact finder's counters, at <c>/api/coordinator</c>,
/// behind the coordinator API key. Entries are JSON documents shaped like the shipped seed (topics by name).
/// </summary>
public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectory(this IEndpointRouteBuilder app)
    {
        var coordinator = app.MapCoordinatorGroup();
        coordinator.MapGet("/directory", ListAsync);
        coordinator.MapGet("/directory/{id}", GetAsync);
        coordinator.MapPut("/directory/{id}", PutAsync);
        coordinator.MapDelete("/directory/{id}", DeleteAsync);
        coordinator.MapGet("/contact-finder/stats", StatsAsync);
        return app;
    }

    private static async Task<JsonHttpResult<IReadOnlyList<DirectoryEntry>>> ListAsync(IContactDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Json(await directory.ListAsync(cancellationToken), ContactsJson.Options);

    private static async Task<Results<JsonHttpResult<DirectoryEntry>, NotFound>> GetAsync(string id, IContactDirectory directory, CancellationToken cancellationToken) =>
        await directory.FindAsync(id, cancellationToken) is { } entry ? TypedResults.Json(entry, ContactsJson.Options) : TypedResults.NotFound();

    /// <summary>Creates or replaces the entry <paramref name="id"/>; 201 when new, 200 when replaced, 400 with problem details on bad input.</summary>
    private static async Task<Results<JsonHttpResult<DirectoryEntry>, ValidationProblem>> PutAsync(
        string id, HttpRequest request, IContactDirectory directory, CancellationToken cancellationToken)
    {
        DirectoryEntry? entry;
        try
        {
            entry = await JsonSerializer.DeserializeAsync<DirectoryEntry>(request.Body, ContactsJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [BodyError(e)] });
        }
        var errors = DirectoryEntryValidation.Validate(id, entry);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var added = await directory.UpsertAsync(entry!, cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(entry!, ContactsJson.Options, statusCode: added ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string id, IContactDirectory directory, CancellationToken cancellationToken) =>
        await directory.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<JsonHttpResult<IReadOnlyList<ContactFinderCount>>> StatsAsync(IContactFinderStats stats, CancellationToken cancellationToken) =>
        TypedResults.Json(await stats.ReadAsync(cancellationToken), ContactsJson.Options);

    // The path and position say where the JSON is wrong without echoing the submitted text back.
    private static string BodyError(JsonException e) => $"The body is not a directory entry (at {e.Path ?? "$"}, line {e.LineNumber + 1}).";
}
