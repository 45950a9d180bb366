using System.Globalization;
using System.Text.Json;
using IntegrationBot.Domain.Events;

namespace IntegrationBot.Domain.Seed;

/// <summary>
/// The versioned event data file (Seed/events.v1.json, embedded): the real agenda of the 2023-2025 Leitbild process
/// (now an archive) and a labelled sample programme. Times in the file are Europe/Berlin wall-clock times.
/// </summary>
public static class EventSeed
{
    public const string ResourceName = "seed/events.v1.json";

    public static IReadOnlyList<EventRecord> Load(bool includeSamples)
    {
        using var stream = typeof(EventSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        var file = JsonSerializer.Deserialize<SeedFile>(stream, DomainJson.Options)
            ?? throw new InvalidOperationException("The event seed file is empty.");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(file.TimeZone);
        return [.. file.Events.Where(e => includeSamples || !e.Sample).Select(e => e.ToRecord(zone))];
    }

    /// <summary>Adds the seed events that are not in the catalogue yet (by id), so coordinator edits survive restarts.</summary>
    public static async Task<int> SeedAsync(IEventCatalog catalog, bool includeSamples, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var added = 0;
        foreach (var record in Load(includeSamples))
        {
            if (await catalog.FindAsync(record.Id, cancellationToken).ConfigureAwait(false) is not null)
                continue;
            await catalog.UpsertAsync(record, cancellationToken).ConfigureAwait(false);
            added++;
        }
        return added;
    }

    /// <summary>A wall-clock time in <paramref name="zone"/> as an instant.</summary>
    public static DateTimeOffset Instant(string local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var time = DateTime.ParseExact(local, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None);
        return new DateTimeOffset(time, zone.GetUtcOffset(time)).ToUniversalTime();
    }

    private sealed record SeedFile(int Version, string TimeZone, IReadOnlyList<SeedEvent> Events);

    private sealed record SeedEvent(
        string Id, string Title, EventKind Kind, IReadOnlyList<string>? Fields, string Start, string End, Venue? Venue,
        int Capacity, int Reserved, string? RegistrationDeadline, IReadOnlyList<string>? Languages, bool InterpretationOnRequest,
        string? Accessibility, string? Description, string? Contact, string? Url, bool Sample)
    {
        public EventRecord ToRecord(TimeZoneInfo zone) => new()
        {
            Id = Id,
            Title = Title,
            Kind = Kind,
            Fields = Fields ?? [],
            Start = Instant(Start, zone),
            End = Instant(End, zone),
            Venue = Venue ?? new Venue(),
            Capacity = Capacity,
            Reserved = Reserved,
            RegistrationDeadline = RegistrationDeadline is null ? null : Instant(RegistrationDeadline, zone),
            Languages = Languages ?? ["de"],
            InterpretationOnRequest = InterpretationOnRequest,
            Accessibility = Accessibility,
            Description = Description,
            Contact = Contact,
            Url = Url,
            Sample = Sample,
        };
    }
}
