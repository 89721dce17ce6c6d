using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Clients;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Hotline;

public sealed record IncomingCallRequest(string? CallId, string? CallerPhone, string? CallerName, string? Operator);

public sealed record CallerHistoryRow(string Kind, string Number, DateOnly Date, string Status);

public sealed record CallCardResponse(
    int Id, string Number, string Card, string? ClientName, IReadOnlyList<CallerHistoryRow> History);

public sealed record CallResponse(
    int Id, string Number, DateTimeOffset StartedAt, string State, string Outcome, string? Topic,
    int Transfers, string? Callback);

// The contact centre and the telephony system (R25): an incoming call opens a card for the operator who
// took it, with the caller's history; the same call sent again returns the same card.
public static class HotlineApi
{
    public static RouteGroupBuilder MapHotlineApi(this RouteGroupBuilder api)
    {
        var calls = api.MapGroup("/hotline/calls").WithTags("Hotline").RequireScope(ApiScopes.HotlineCalls);
        calls.MapPost("", OpenAsync).WithSummary("An incoming call: opens the operator's call card")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        calls.MapGet("/{id:int}", ReadAsync).WithSummary("A call's outcome, transfers and callback")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Created<CallCardResponse>, ProblemHttpResult>> OpenAsync(
        IncomingCallRequest request, OtklikDbContext db, HotlineService hotline, CallerHistory history)
    {
        var operatorId = await OperatorAsync(db, request.Operator);
        if (string.IsNullOrWhiteSpace(request.CallId) || operatorId is null)
        {
            return Errors.Validation("hotline.incoming_invalid", "Проверьте данные звонка.",
                new Dictionary<string, string[]>
                {
                    ["callId"] = string.IsNullOrWhiteSpace(request.CallId) ? ["Укажите номер звонка в контакт-центре."] : [],
                    ["operator"] = operatorId is null ? ["Укажите логин оператора, принявшего звонок."] : [],
                }.Where(p => p.Value.Length > 0).ToDictionary()).ToProblem();
        }

        var started = await hotline.StartAsync(
            new IncomingCall(request.CallerPhone, request.CallerName, request.CallId), operatorId.Value,
            "contact-centre");
        if (!started.IsSuccess)
        {
            return started.Error!.ToProblem();
        }

        var call = started.Value!;
        var card = $"/hotline/calls/{call.Id}";
        var client = call.ClientId is { } id ? await db.Clients.FindAsync(id) : null;
        return TypedResults.Created(card,
            new CallCardResponse(call.Id, call.Number, card, client?.Name, await history.ForAsync(call)));
    }

    private static async Task<Results<Ok<CallResponse>, ProblemHttpResult>> ReadAsync(int id, OtklikDbContext db)
    {
        var call = await db.HotlineCalls.AsNoTracking().Include(c => c.Transfers).FirstOrDefaultAsync(c => c.Id == id);
        if (call is null)
        {
            return Errors.NotFound("hotline.call_not_found", "Звонок не найден.").ToProblem();
        }

        var callback = await db.HotlineCallbacks.AsNoTracking().Where(b => b.CallId == id)
            .Select(b => (CallbackState?)b.State).FirstOrDefaultAsync();
        return TypedResults.Ok(new CallResponse(call.Id, call.Number, call.StartedAt, call.State.ToString(),
            call.Outcome.ToString(), call.Topic, call.Transfers.Count, callback?.ToString()));
    }

    private static async Task<int?> OperatorAsync(OtklikDbContext db, string? login)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            return null;
        }

        var normalized = login.Trim().ToUpperInvariant();
        return await db.Employees.Where(e => e.IsActive && db.Users.Any(
                u => u.Id == e.UserId && u.NormalizedUserName == normalized))
            .Select(e => (int?)e.Id).FirstOrDefaultAsync();
    }
}

// What the operator sees about the caller (R25): his appeals of five years and his earlier calls.
public sealed class CallerHistory(
    OtklikDbContext db, ClientHistory appeals, TimeProvider time, IOptions<WorkingHoursOptions> hours)
{
    public async Task<IReadOnlyList<CallerHistoryRow>> ForAsync(HotlineCall call)
    {
        var today = TimeZones.Today(time, hours.Value.TimeZone);
        var rows = new List<CallerHistoryRow>();
        if (call.ClientId is { } client)
        {
            rows.AddRange((await appeals.ForAsync(client, today, 50)).Select(a => new CallerHistoryRow(
                "appeal", a.RegistrationNumber, a.RegisteredOn, Appeals.AppealTexts.Status(a.Status))));
        }

        if (call.CallerKey is { } key)
        {
            var since = time.GetUtcNow().AddYears(-ClientHistory.Years);
            var earlier = await db.HotlineCalls.AsNoTracking()
                .Where(c => c.CallerKey == key && c.Id != call.Id && c.StartedAt >= since)
                .OrderByDescending(c => c.Id).Take(50)
                .Select(c => new { c.Number, c.StartedAt, c.Outcome, c.Topic })
                .ToListAsync();
            rows.AddRange(earlier.Select(c => new CallerHistoryRow("call", c.Number,
                DateOnly.FromDateTime(c.StartedAt.UtcDateTime),
                $"{CallTopics.Title(c.Topic)}: {CallTexts.Outcome(c.Outcome)}")));
        }

        return [.. rows.OrderByDescending(r => r.Date)];
    }
}
