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

// The caller's history stays behind the operator's sign-in: a token holder learns no one's appeals by a number.
public sealed record CallCardResponse(int Id, string Number, string Card, bool KnownClient);

public sealed record CallResponse(
    int Id, string Number, DateTimeOffset StartedAt, string State, string Outcome, string? Topic,
    int Transfers, string? Callback);

// The contact centre and the telephony system (R25): an incoming call opens a card for the operator who
// took it, where he sees the caller's history; the same call sent again returns the same card.
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
        IncomingCallRequest request, OtklikDbContext db, HotlineService hotline)
    {
        var operatorId = await OperatorAsync(db, request.Operator);
        if (string.IsNullOrWhiteSpace(request.CallId) || operatorId is null)
        {
            return Errors.Validation("hotline.incoming_invalid", "Проверьте данные звонка.",
                Fields(request.CallId, operatorId)).ToProblem();
        }

        var started = await hotline.StartAsync(
            new IncomingCall(request.CallerPhone, request.CallerName, request.CallId), operatorId.Value,
            HotlineService.ContactCentre);
        if (!started.IsSuccess)
        {
            return started.Error!.ToProblem();
        }

        var call = started.Value!;
        var card = $"/hotline/calls/{call.Id}";
        return TypedResults.Created(card, new CallCardResponse(call.Id, call.Number, card, call.ClientId is not null));
    }

    private static async Task<Results<Ok<CallResponse>, ProblemHttpResult>> ReadAsync(int id, OtklikDbContext db)
    {
        var call = await db.HotlineCalls.AsNoTracking().Include(c => c.Transfers)
            .FirstOrDefaultAsync(c => c.Id == id && c.Source == HotlineService.ContactCentre);
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

        // Only an operator takes hotline calls; another employee's login is refused like an unknown one.
        var normalized = login.Trim().ToUpperInvariant();
        var role = await db.Roles.Where(r => r.Name == Organisation.StaffRoles.Operator).Select(r => r.Id)
            .FirstOrDefaultAsync();
        return await db.Employees.Where(e => e.IsActive
                && db.Users.Any(u => u.Id == e.UserId && u.NormalizedUserName == normalized)
                && db.UserRoles.Any(ur => ur.UserId == e.UserId && ur.RoleId == role))
            .Select(e => (int?)e.Id).FirstOrDefaultAsync();
    }

    private static Dictionary<string, string[]> Fields(string? callId, int? operatorId)
    {
        var fields = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(callId))
        {
            fields["callId"] = ["Укажите номер звонка в контакт-центре."];
        }

        if (operatorId is null)
        {
            fields["operator"] = ["Укажите логин оператора горячей линии, принявшего звонок."];
        }

        return fields;
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
            var zone = TimeZones.Find(hours.Value.TimeZone);
            rows.AddRange(earlier.Select(c => new CallerHistoryRow("call", c.Number,
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.StartedAt, zone).DateTime),
                $"{CallTopics.Title(c.Topic)}: {CallTexts.Outcome(c.Outcome)}")));
        }

        return [.. rows.OrderByDescending(r => r.Date)];
    }
}
