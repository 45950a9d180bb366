using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Host.Coordinator;
using IntegrationBot.Host.Registrations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationBot.Host.Events;

/// <summary>
/// Public calendar files (<c>GET /events/{id}.ics</c>) and the coordinator's event API (<c>POST/PUT
/// /api/coordinator/events</c>, behind the API key), and the recorded capacity alerts (<c>GET /api/coordinator/alerts</c>).
/// </summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/events/{id}.ics", CalendarFileAsync).WithName("EventCalendar");

        var coordinator = app.MapCoordinatorGroup("/events");
        coordinator.MapPost("/", CreateAsync);
        coordinator.MapPut("/{id}", ReplaceAsync);
        app.MapCoordinatorGroup("/alerts").MapGet("/", AlertsAsync);
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> CalendarFileAsync(
        string id, string? code, HttpRequest request, IEventCatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } found)
            return TypedResults.NotFound();
        var url = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/events/{Uri.EscapeDataString(id)}.ics");
        var bookingCode = Domain.Registrations.BookingCodes.Normalize(code);
        return TypedResults.Text(IcsCalendar.Write(found.Event, time.GetUtcNow(), url, bookingCode), IcsCalendar.ContentType);
    }

    private static async Task<Results<Created<EventRecord>, Conflict<ProblemDetails>, ValidationProblem>> CreateAsync(
        EventRecord record, IEventCatalog catalog, CancellationToken cancellationToken)
    {
        if (EventValidation.Problems(record) is { Count: > 0 } problems)
            return TypedResults.ValidationProblem(problems);
        if (await catalog.FindAsync(record.Id, cancellationToken).ConfigureAwait(false) is not null)
            return TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "An event with this id exists; use PUT to change it." });
        await catalog.UpsertAsync(record, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/events/{Uri.EscapeDataString(record.Id)}.ics", record);
    }

    private static async Task<Results<Ok<EventRecord>, ValidationProblem>> ReplaceAsync(
        string id, EventRecord record, IEventCatalog catalog, IRegistrationFollowUps followUps, FollowUpSignal signal, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>(EventValidation.Problems(record), StringComparer.Ordinal);
        if (record.Id != id)
            problems["id"] = ["The id in the body must match the URL."];
        if (problems.Count > 0)
            return TypedResults.ValidationProblem(problems);
        await catalog.UpsertAsync(record, cancellationToken).ConfigureAwait(false);
        // More places (capacity raised, fewer reserved) go to the waitlist at once, as after a cancellation.
        if ((await followUps.PromoteWaitlistAsync(id, cancellationToken).ConfigureAwait(false)).Count > 0)
            signal.Raise();
        return TypedResults.Ok(record);
    }

    private static async Task<Ok<IReadOnlyList<CapacityAlert>>> AlertsAsync(int? limit, IRegistrationFollowUps followUps, CancellationToken cancellationToken) =>
        TypedResults.Ok(await followUps.ListCapacityAlertsAsync(Math.Clamp(limit ?? 100, 1, 1000), cancellationToken).ConfigureAwait(false));
}
