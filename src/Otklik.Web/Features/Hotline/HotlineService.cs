using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Features.Surveys;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Hotline;

public sealed class HotlineOptions
{
    public const string Section = "Otklik:Hotline";

    // The longest callback term an operator may promise, in working days after the call (R20.2).
    public int CallbackWorkingDays { get; set; } = 2;

    // Failed attempts after which a callback is given up and the head sees it.
    public int CallbackAttempts { get; set; } = 3;
}

public sealed record IncomingCall(string? CallerPhone, string? CallerName, string? ExternalId);

public sealed record CallRecord(int Revision, string? Topic, string? Need, string? Answer, int? KnowledgeItemId);

public sealed record CallbackPromise(
    int Revision, string? Phone, int? DepartmentId, string? Question, DateOnly? PromisedOn, string? Windows,
    string? SurveyResolved = null, string? SurveyRating = null);

public sealed record CallEnd(
    int Revision, CallOutcome Outcome, int? AgencyId, string? SurveyResolved, string? SurveyRating);

// The operator's work on a call (R16–R24): open the card, record need and answer, transfer at most twice,
// promise a callback or name the competent authority, and close with the two end-of-call questions.
// Every step writes its audit record in the same commit.
public sealed class HotlineService(
    OtklikDbContext db, AuditLog audit, TimeProvider time, CalendarCache calendar, HotlineAccess access,
    SurveyService surveys, IOptions<HotlineOptions> options, IOptions<WorkingHoursOptions> hours)
{
    public const int MaxTransfers = 2;

    public const string ContactCentre = "contact-centre";

    public async Task<Result<HotlineCall>> StartAsync(IncomingCall incoming, int operatorId, string source)
    {
        incoming = incoming with { ExternalId = Clean(incoming.ExternalId) };
        if (incoming.ExternalId is { } external
            && await db.HotlineCalls.FirstOrDefaultAsync(c => c.Source == source && c.ExternalId == external)
                is { } known)
        {
            return known;
        }

        if (Invalid(incoming) is { } invalid)
        {
            return invalid;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var call = await CreateAsync(incoming, operatorId, source);
            audit.Record("hotline.call_started", nameof(HotlineCall), call.Id, new { call.Number, source });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return call;
        }
        catch (DbUpdateException) when (incoming.ExternalId is not null)
        {
            // The contact centre sent the same call twice at once; the unique key kept one card.
            db.ChangeTracker.Clear();
            return await db.HotlineCalls.FirstAsync(c => c.Source == source && c.ExternalId == incoming.ExternalId);
        }
    }

    public async Task<Result<HotlineCall>> RecordAsync(int callId, CallRecord input, ClaimsPrincipal user)
    {
        var (call, error) = await EditableAsync(callId, input.Revision, user);
        if (error is not null)
        {
            return error;
        }

        if ((Invalid(input) ?? await ArticleErrorAsync(input.KnowledgeItemId)) is { } invalid)
        {
            return invalid;
        }

        (call!.Topic, call.Need, call.Answer, call.KnowledgeItemId) =
            (input.Topic, Clean(input.Need), Clean(input.Answer), input.KnowledgeItemId);
        audit.Record("hotline.call_recorded", nameof(HotlineCall), call.Id,
            new { call.Topic, call.KnowledgeItemId });
        return await SaveAsync(call);
    }

    public async Task<Result<HotlineCall>> TransferAsync(
        int callId, int revision, int? toEmployeeId, string? reason, ClaimsPrincipal user)
    {
        var (call, error) = await EditableAsync(callId, revision, user);
        if (error is not null)
        {
            return error;
        }

        if (call!.Transfers.Count >= MaxTransfers)
        {
            return Errors.Conflict("hotline.too_many_transfers",
                "Звонок уже переключали дважды — третье переключение запрещено. Пообещайте обратный звонок.");
        }

        var to = toEmployeeId is { } id
            ? await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.IsActive)
            : null;
        if (to is null)
        {
            return Errors.Validation("hotline.transfer_to", "Выберите сотрудника, на которого переключаете звонок.",
                Field("ToEmployeeId", "Выберите сотрудника."));
        }

        var from = call.Transfers.LastOrDefault()?.ToEmployeeId ?? call.OperatorId;
        if (to.Id == from || call.Transfers.Any(t => t.ToEmployeeId == to.Id))
        {
            return Errors.Validation("hotline.transfer_same", "Звонок уже у этого сотрудника.",
                Field("ToEmployeeId", "Выберите другого сотрудника."));
        }

        call.Transfers.Add(new CallTransfer
        {
            FromEmployeeId = from,
            ToEmployeeId = to.Id,
            At = time.GetUtcNow(),
            Reason = Clean(reason),
        });
        audit.Record("hotline.call_transferred", nameof(HotlineCall), call.Id,
            new { from, to = to.Id, count = call.Transfers.Count });
        return await SaveAsync(call);
    }

    public async Task<Result<HotlineCallback>> PromiseCallbackAsync(
        int callId, CallbackPromise input, ClaimsPrincipal user)
    {
        var (call, error) = await EditableAsync(callId, input.Revision, user);
        if (error is not null)
        {
            return error;
        }

        var production = await calendar.GetAsync();
        var latest = LatestCallbackDay(production, call!.StartedAt);
        if ((NoTopic(call) ?? SurveyError(input.SurveyResolved, input.SurveyRating)
            ?? await InvalidAsync(input, production, latest)) is { } invalid)
        {
            return invalid;
        }

        var callback = new HotlineCallback
        {
            CallId = call.Id,
            Phone = input.Phone!.Trim(),
            DepartmentId = input.DepartmentId!.Value,
            Question = input.Question!.Trim(),
            PromisedOn = input.PromisedOn ?? latest,
            Windows = TimeWindows.Format(TimeWindows.Parse(input.Windows)!),
            CallerId = call.OperatorId,
            State = CallbackState.Waiting,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.HotlineCallbacks.Add(callback);
        (call.SurveyResolved, call.SurveyRating) = (input.SurveyResolved, input.SurveyRating);
        Close(call, CallOutcome.Callback);
        audit.Record("hotline.callback_promised", nameof(HotlineCall), call.Id,
            new { callback.DepartmentId, callback.PromisedOn, callback.Windows });
        var saved = await SaveAsync(call);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        await RecordSurveyAsync(call);
        await transaction.CommitAsync();
        return callback;
    }

    public async Task<Result<HotlineCall>> FinishAsync(int callId, CallEnd input, ClaimsPrincipal user)
    {
        var (call, error) = await EditableAsync(callId, input.Revision, user);
        if (error is not null)
        {
            return error;
        }

        if (await InvalidAsync(call!, input) is { } invalid)
        {
            return invalid;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        call!.AgencyId = input.Outcome == CallOutcome.OutOfCompetence ? input.AgencyId : null;
        (call.SurveyResolved, call.SurveyRating) = (input.SurveyResolved, input.SurveyRating);
        Close(call, input.Outcome);
        audit.Record("hotline.call_closed", nameof(HotlineCall), call.Id,
            new { outcome = call.Outcome.ToString(), call.AgencyId, call.SurveyResolved, call.SurveyRating });
        var saved = await SaveAsync(call);
        if (!saved.IsSuccess)
        {
            return saved;
        }

        await RecordSurveyAsync(call);
        await transaction.CommitAsync();
        return saved;
    }

    // The latest day a callback may be promised for: the policy's working days after the day of the call.
    public DateOnly LatestCallbackDay(ProductionCalendar production, DateTimeOffset callAt) =>
        new DeadlineEngine(production).Compute(CallbackPolicy, Day(callAt)).Date;

    public DeadlinePolicy CallbackPolicy =>
        DeadlinePolicies.Callback with { Amount = Math.Max(1, options.Value.CallbackWorkingDays) };

    private async Task<HotlineCall> CreateAsync(IncomingCall incoming, int operatorId, string source)
    {
        var digits = AppealIntakeService.Digits(incoming.CallerPhone);
        var client = digits is null ? null : await FindClientAsync(digits);
        var now = time.GetUtcNow();
        var call = new HotlineCall
        {
            Number = HotlineService.TemporaryNumber(),
            StartedAt = now,
            OperatorId = operatorId,
            CallerPhone = Clean(incoming.CallerPhone),
            CallerKey = PhoneNumbers.Key(digits),
            CallerName = Clean(incoming.CallerName),
            ClientId = client,
            Source = source,
            ExternalId = Clean(incoming.ExternalId),
        };
        db.HotlineCalls.Add(call);
        await db.SaveChangesAsync();

        // The number follows the row's key, so that no counter is shared between nodes.
        call.Number = string.Create(CultureInfo.InvariantCulture, $"ГЛ-{Day(now).Year}-{call.Id:D6}");
        return call;
    }

    // Numbers are stored as typed («+7 (918) 555-10-01»); the database narrows the clients down by the last
    // digits in order, whatever stands between them, and the full ten digits decide. A number shared by two
    // clients names neither: the operator asks who is calling.
    private async Task<int?> FindClientAsync(string digits)
    {
        if (digits.Length < 10)
        {
            return null;
        }

        var key = PhoneNumbers.Key(digits)!;
        var pattern = PhoneNumbers.Pattern(key);
        var candidates = await db.Clients.AsNoTracking()
            .Where(c => c.Phone != null && c.MergedIntoId == null && EF.Functions.Like(c.Phone, pattern))
            .Select(c => new { c.Id, c.Phone })
            .Take(50)
            .ToListAsync();
        var matches = candidates
            .Where(c => PhoneNumbers.Same(c.Phone, key))
            .Select(c => c.Id).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    // Unique until the row's key gives the real number, and within the column's 30 characters.
    public static string TemporaryNumber() => $"tmp-{Guid.NewGuid():N}"[..30];


    private async Task<(HotlineCall? Call, Error? Error)> EditableAsync(int id, int revision, ClaimsPrincipal user)
    {
        var call = await db.HotlineCalls.Include(c => c.Transfers).FirstOrDefaultAsync(c => c.Id == id);
        if (call is null || !await access.CanSeeAsync(user, call))
        {
            return (null, Errors.NotFound("hotline.call_not_found", "Звонок не найден."));
        }

        if (!await access.CanEditAsync(user, call))
        {
            return (null, Errors.Forbidden("hotline.not_yours",
                "Карточку звонка ведут принявший его оператор и сотрудники, на которых звонок переключили."));
        }

        if (call.State == CallState.Closed)
        {
            return (null, Errors.Conflict("hotline.closed", "Звонок уже завершён, карточку изменить нельзя."));
        }

        return call.Revision == revision
            ? (call, null)
            : (null, Errors.Conflict("hotline.stale",
                "Карточку только что изменил другой сотрудник. Обновите страницу и повторите."));
    }

    private async Task<Result<HotlineCall>> SaveAsync(HotlineCall call)
    {
        call.Revision++;
        try
        {
            await db.SaveChangesAsync();
            return call;
        }
        catch (DbUpdateException)
        {
            // A stale revision, or a second callback for the call written a moment earlier on another page.
            db.ChangeTracker.Clear();
            return Errors.Conflict("hotline.stale",
                "Карточку только что изменил другой сотрудник. Обновите страницу и повторите.");
        }
    }

    private void Close(HotlineCall call, CallOutcome outcome)
    {
        call.Outcome = outcome;
        call.State = CallState.Closed;
        call.EndedAt = time.GetUtcNow();
    }

    // The end-of-call answers join the survey results of every other touchpoint (RF1), under the
    // operator's department.
    private async Task RecordSurveyAsync(HotlineCall call)
    {
        // The engine's scale has no "not rated": a call whose client gave no rating is kept on the call only.
        if (call.SurveyRating is null)
        {
            return;
        }

        var department = await db.Employees.Where(e => e.Id == call.OperatorId).Select(e => e.DepartmentId)
            .FirstOrDefaultAsync();
        var link = surveys.Create(Touchpoints.Hotline, null, department, "phone");
        link.Invitation.AnsweredAt = time.GetUtcNow();
        await db.SaveChangesAsync();

        var response = new SurveyResponse
        {
            InvitationId = link.Invitation.Id,
            Touchpoint = Touchpoints.Hotline.Code,
            DepartmentId = department,
            Channel = "phone",
            At = time.GetUtcNow(),
            Satisfaction = CallTexts.Satisfaction(call.SurveyRating),
            Resolved = call.SurveyResolved,
        };
        db.SurveyResponses.Add(response);
        await surveys.AlertAsync(response);
        await db.SaveChangesAsync();
    }

    private static Error? Invalid(IncomingCall incoming)
    {
        if (!string.IsNullOrWhiteSpace(incoming.CallerPhone)
            && AppealIntakeService.Digits(incoming.CallerPhone) is not { Length: >= 5 and <= 15 })
        {
            return Errors.Validation("hotline.phone", "Номер телефона — от 5 до 15 цифр.",
                Field("CallerPhone", "Номер телефона — от 5 до 15 цифр."));
        }

        return incoming.CallerName?.Length > 300 || incoming.ExternalId?.Length > 100
            || incoming.CallerPhone?.Length > 50
            ? Errors.Validation("hotline.too_long", "Имя — до 300 знаков, номер звонка — до 100 знаков.")
            : null;
    }

    private static Error? Invalid(CallRecord input)
    {
        var fields = new Dictionary<string, string[]>();
        if (input.Topic is not null && CallTopics.Find(input.Topic) is null)
        {
            fields["Topic"] = ["Выберите тему из списка."];
        }

        if (input.Need?.Length > 4000)
        {
            fields["Need"] = ["Потребность клиента — до 4000 знаков."];
        }

        if (input.Answer?.Length > 8000)
        {
            fields["Answer"] = ["Ответ — до 8000 знаков."];
        }

        return fields.Count == 0 ? null : Errors.Validation("hotline.invalid", "Проверьте карточку звонка.", fields);
    }

    private async Task<Error?> InvalidAsync(CallbackPromise input, ProductionCalendar production, DateOnly latest)
    {
        var fields = new Dictionary<string, string[]>();
        if (AppealIntakeService.Digits(input.Phone) is not { Length: >= 10 and <= 15 } || input.Phone!.Length > 50)
        {
            fields["Phone"] = ["Телефон для обратного звонка — от 10 до 15 цифр, например +7 918 123-45-67."];
        }

        if (input.DepartmentId is not { } department || !await db.Departments.AnyAsync(d => d.Id == department))
        {
            fields["DepartmentId"] = ["Выберите отдел, который подготовит ответ."];
        }

        if (string.IsNullOrWhiteSpace(input.Question) || input.Question.Length > 4000)
        {
            fields["Question"] = ["Запишите вопрос клиента (до 4000 знаков)."];
        }

        if (WindowsError(input.Windows, production, input.PromisedOn ?? latest) is { } windows)
        {
            fields["Windows"] = [windows];
        }

        if (input.PromisedOn is { } promised && PromiseError(promised, production, latest) is { } term)
        {
            fields["PromisedOn"] = [term];
        }

        return fields.Count == 0
            ? null
            : Errors.Validation("hotline.callback_invalid", "Проверьте данные обратного звонка.", fields);
    }

    private string? PromiseError(DateOnly promised, ProductionCalendar production, DateOnly latest)
    {
        if (promised < Day(time.GetUtcNow()))
        {
            return "Срок обратного звонка не может быть в прошлом.";
        }

        if (!production.IsWorkingDay(promised))
        {
            return $"{promised:dd.MM.yyyy} — нерабочий день. Выберите рабочий.";
        }

        return promised > latest
            ? $"Обратный звонок обещают не позднее {latest:dd.MM.yyyy} ({CallbackPolicy.Amount} раб. дн.)."
            : null;
    }

    // A window must leave time to call within the ministry's working hours of the promised day (a shortened
    // day ends earlier), outside lunch, since staff call only then (R9).
    private string? WindowsError(string? text, ProductionCalendar production, DateOnly day)
    {
        var windows = TimeWindows.Parse(text);
        if (windows is null || (text?.Length ?? 0) > 200)
        {
            return "Укажите удобное время, например «10:00–12:00, 15:00–17:00».";
        }

        var (start, end) = new WorkingHours(production, hours.Value).HoursOn(production.NextWorkingDay(day));
        var (lunchFrom, lunchTo) = (hours.Value.LunchStart, hours.Value.LunchEnd);
        var outside = windows.FirstOrDefault(w => w.To <= start || w.From >= end
            || (lunchFrom is { } from && lunchTo is { } to && w.From >= from && w.To <= to));
        return outside is null
            ? null
            : $"Интервал {outside} вне часов работы министерства ({start:HH\\:mm}–{end:HH\\:mm}, без обеда).";
    }

    private async Task<Error?> InvalidAsync(HotlineCall call, CallEnd input)
    {
        if (input.Outcome is not (CallOutcome.Answered or CallOutcome.OutOfCompetence or CallOutcome.Interrupted))
        {
            return Errors.Validation("hotline.outcome", "Выберите, чем закончился разговор.",
                Field("Outcome", "Выберите итог разговора."));
        }

        if (input.Outcome != CallOutcome.Interrupted && NoTopic(call) is { } noTopic)
        {
            return noTopic;
        }

        if (input.Outcome == CallOutcome.Answered && string.IsNullOrWhiteSpace(call.Answer))
        {
            return Errors.Validation("hotline.no_answer", "Запишите в карточку, что ответили клиенту.",
                Field("Answer", "Запишите ответ, который дан клиенту."));
        }

        // Point 23 names the authority "when there is such information": without one, the advice given is
        // written down instead.
        if (input.Outcome == CallOutcome.OutOfCompetence && input.AgencyId is { } agency
            && !await db.Agencies.AnyAsync(a => a.Id == agency && a.IsActive))
        {
            return Errors.Validation("hotline.agency", "Выберите ведомство из справочника.",
                Field("AgencyId", "Выберите ведомство из справочника."));
        }

        if (input.Outcome == CallOutcome.OutOfCompetence && input.AgencyId is null
            && string.IsNullOrWhiteSpace(call.Answer))
        {
            return Errors.Validation("hotline.agency", "Выберите ведомство или запишите в ответе, что посоветовали.",
                Field("AgencyId", "Выберите ведомство или запишите совет клиенту в поле ответа."));
        }

        return SurveyError(input.SurveyResolved, input.SurveyRating);
    }

    private static Error? NoTopic(HotlineCall call) =>
        call.Topic is null || string.IsNullOrWhiteSpace(call.Need)
            ? Errors.Validation("hotline.no_need", "Сначала сохраните в карточке тему звонка и потребность клиента.",
                Field("Topic", "Выберите тему и запишите потребность клиента, затем сохраните карточку."))
            : null;

    private static Error? SurveyError(string? resolved, string? rating) =>
        resolved is not (null or "yes" or "no") || rating is not (null or "satisfied" or "partly" or "not")
            ? Errors.Validation("hotline.survey", "Ответы на вопросы в конце разговора — из предложенных.")
            : null;

    private async Task<Error?> ArticleErrorAsync(int? itemId) =>
        itemId is { } id && !await db.KnowledgeItems.AnyAsync(i => i.Id == id && !i.IsArchived)
            ? Errors.Validation("hotline.article", "Выберите материал из базы знаний.",
                Field("KnowledgeItemId", "Выберите материал из базы знаний."))
            : null;

    private DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(hours.Value.TimeZone)).DateTime);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Dictionary<string, string[]> Field(string name, string message) => new() { [name] = [message] };
}
