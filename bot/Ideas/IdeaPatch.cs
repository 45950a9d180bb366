using System.Text.Json;
using IntegrationBot.Domain.Events;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Review;

namespace IntegrationBot.Host.Ideas;

/// <summary>The body of <c>PATCH /api/coordinator/ideas/{id}</c>: any of status, field, tags, notes ("" clears the notes).</summary>
public sealed record IdeaPatch(string? Status, string? Field, IReadOnlyList<string>? Tags, string? Notes)
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 40;
    public const int MaxNotesLength = 4000;

    /// <summary>The review to apply, or the problems (field → messages) that stop it.</summary>
    public static (IdeaReview? Review, Dictionary<string, string[]> Errors) Validate(IdeaPatch? patch)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (patch is null || patch is { Status: null, Field: null, Tags: null, Notes: null })
        {
            errors["body"] = ["Send at least one of status, field, tags, notes."];
            return (null, errors);
        }
        IdeaStatus? status = null;
        if (patch.Status is { } text)
        {
            if (Enum.TryParse<IdeaStatus>(text, ignoreCase: true, out var parsed) && text.Length > 0 && !char.IsAsciiDigit(text[0]))
                status = parsed;
            else
                errors["status"] = [$"One of {string.Join(", ", Enum.GetNames<IdeaStatus>())}."];
        }
        if (patch.Field is { } field && !Handlungsfelder.IsKnown(field))
            errors["field"] = [$"One of the Handlungsfelder: {string.Join(", ", Handlungsfelder.All)}."];
        var tags = patch.Tags?.Select(t => t?.Trim() ?? "").ToList();
        if (tags is not null && (tags.Count > MaxTags || tags.Any(t => t.Length is 0 or > MaxTagLength)))
            errors["tags"] = [$"At most {MaxTags} tags of 1 to {MaxTagLength} characters."];
        if (patch.Notes is { Length: > MaxNotesLength })
            errors["notes"] = [$"At most {MaxNotesLength} characters."];
        return errors.Count > 0
            ? (null, errors)
            : (new IdeaReview(status, patch.Field, tags?.Distinct(StringComparer.Ordinal).ToList(), patch.Notes), errors);
    }

    /// <summary>Reads the body; a JSON error becomes a problem that says where, without echoing the text back.</summary>
    public static async Task<(IdeaPatch? Patch, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return (await JsonSerializer.DeserializeAsync<IdeaPatch>(request.Body, Json, cancellationToken).ConfigureAwait(false), null);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not an idea change (at {e.Path ?? "$"}, line {e.LineNumber + 1}).");
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };
}
