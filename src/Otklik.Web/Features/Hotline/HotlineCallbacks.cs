using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Notifications;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Hotline;

// The life of a promised callback (R20.2): the department answers it or one of its employees takes the call
// himself; whoever calls reports whether the client was reached.
public sealed class HotlineCallbacks(
    OtklikDbContext db, AuditLog audit, TimeProvider time, HotlineAccess access, AppealAccess people,
    StaffMailbox mailbox, IOptions<HotlineOptions> options)
{
    public async Task<Result<HotlineCallback>> AnswerAsync(int id, int revision, string? answer, ClaimsPrincipal user)
    {
        var (callback, me, error) = await OfDepartmentAsync(id, revision, user);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Length > 8000)
        {
            return Errors.Validation("hotline.callback_answer", "Запишите ответ для клиента (до 8000 знаков).",
                new Dictionary<string, string[]> { ["Answer"] = ["Запишите ответ для клиента."] });
        }

        (callback!.Answer, callback.AnsweredById, callback.State) = (answer.Trim(), me, CallbackState.AnswerReady);
        if (callback.CallerId != me)
        {
            mailbox.Queue(callback.CallerId, "ответ для обратного звонка",
                $"Отдел подготовил ответ: перезвоните клиенту до {callback.PromisedOn:dd.MM.yyyy}.",
                "/hotline/callbacks");
        }

        audit.Record("hotline.callback_answered", nameof(HotlineCallback), callback.Id);
        return await SaveAsync(callback);
    }

    // The competent employee calls the client himself instead of passing the answer back.
    public async Task<Result<HotlineCallback>> TakeAsync(int id, int revision, ClaimsPrincipal user)
    {
        var (callback, me, error) = await OfDepartmentAsync(id, revision, user);
        if (error is not null)
        {
            return error;
        }

        var previous = callback!.CallerId;
        callback.CallerId = me;
        audit.Record("hotline.callback_taken", nameof(HotlineCallback), callback.Id, new { previous, caller = me });
        return await SaveAsync(callback);
    }

    public async Task<Result<HotlineCallback>> ReportAsync(
        int id, int revision, bool reached, string? note, ClaimsPrincipal user)
    {
        var callback = await db.HotlineCallbacks.FirstOrDefaultAsync(b => b.Id == id);
        var (me, _) = await people.EmployeeOfAsync(user);
        if (callback is null || !await (await access.CallbacksAsync(user)).AnyAsync(b => b.Id == id))
        {
            return Errors.NotFound("hotline.callback_not_found", "Обратный звонок не найден.");
        }

        // The hotline's operators share the callbacks they promised; one taken by a department's employee is his.
        var operatorsCall = user.IsInRole(Organisation.StaffRoles.Operator)
            && await db.HotlineCalls.AnyAsync(c => c.Id == callback.CallId && c.OperatorId == callback.CallerId);
        if (callback.CallerId != me && !operatorsCall)
        {
            return Errors.Forbidden("hotline.callback_not_caller",
                "Клиенту звонит оператор или сотрудник, взявший звонок на себя.");
        }

        if (reached && callback.State == CallbackState.Waiting && string.IsNullOrWhiteSpace(note))
        {
            return Errors.Validation("hotline.callback_no_answer",
                "Отдел ещё не передал ответ. Запишите в заметке, что сообщили клиенту.",
                new Dictionary<string, string[]> { ["Note"] = ["Запишите, что сообщили клиенту."] });
        }

        if ((Closed(callback) ?? Stale(callback, revision)) is { } refused)
        {
            return refused;
        }

        if (note?.Length > 2000)
        {
            return Errors.Validation("hotline.callback_note", "Заметка — до 2000 знаков.");
        }

        Report(callback, reached, note);
        audit.Record(reached ? "hotline.callback_done" : "hotline.callback_unreached", nameof(HotlineCallback),
            callback.Id, new { callback.Attempts, state = callback.State.ToString() });
        return await SaveAsync(callback);
    }

    private void Report(HotlineCallback callback, bool reached, string? note)
    {
        callback.Attempts++;
        callback.Note = string.IsNullOrWhiteSpace(note) ? callback.Note : note.Trim();
        if (reached)
        {
            (callback.State, callback.DoneAt) = (CallbackState.Done, time.GetUtcNow());
        }
        else if (callback.Attempts >= options.Value.CallbackAttempts)
        {
            (callback.State, callback.DoneAt) = (CallbackState.Unreached, time.GetUtcNow());
        }
    }

    private async Task<(HotlineCallback? Callback, int Me, Error? Error)> OfDepartmentAsync(
        int id, int revision, ClaimsPrincipal user)
    {
        var callback = await db.HotlineCallbacks.FirstOrDefaultAsync(b => b.Id == id);
        var (me, department) = await people.EmployeeOfAsync(user);
        if (callback is null || me is null || callback.DepartmentId != department)
        {
            return (null, 0, callback is null || !await (await access.CallbacksAsync(user)).AnyAsync(b => b.Id == id)
                ? Errors.NotFound("hotline.callback_not_found", "Обратный звонок не найден.")
                : Errors.Forbidden("hotline.callback_other_department",
                    "Отвечает на вопрос отдел, которому передан обратный звонок."));
        }

        return (callback, me.Value, Closed(callback) ?? Stale(callback, revision));
    }

    private static Error? Closed(HotlineCallback callback) =>
        callback.State is CallbackState.Done or CallbackState.Unreached
            ? Errors.Conflict("hotline.callback_closed", "Обратный звонок уже завершён.")
            : null;

    private static Error? Stale(HotlineCallback callback, int revision) =>
        callback.Revision == revision
            ? null
            : Errors.Conflict("hotline.callback_stale",
                "Обратный звонок только что изменил другой сотрудник. Обновите страницу.");

    private async Task<Result<HotlineCallback>> SaveAsync(HotlineCallback callback)
    {
        callback.Revision++;
        try
        {
            await db.SaveChangesAsync();
            return callback;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.Conflict("hotline.callback_stale",
                "Обратный звонок только что изменил другой сотрудник. Обновите страницу.");
        }
    }
}

// A broken promise goes up (R20.2): once the promised day has passed without a call, the head of the
// department and the caller hear of it once. The conditional update lets one node win when several run.
public sealed partial class CallbackEscalation(
    OtklikDbContext db, AuditLog audit, TimeProvider time, StaffMailbox mailbox,
    IOptions<WorkingHoursOptions> hours, ILogger<CallbackEscalation> logger)
{
    public async Task<int> RunAsync(CancellationToken token = default)
    {
        var today = TimeZones.Today(time, hours.Value.TimeZone);
        var late = await db.HotlineCallbacks.AsNoTracking()
            .Where(b => (b.State == CallbackState.Waiting || b.State == CallbackState.AnswerReady)
                && b.PromisedOn < today && b.EscalatedOn == null)
            .Select(b => new { b.Id, b.DepartmentId, b.CallerId, b.PromisedOn })
            .ToListAsync(token);

        var escalated = 0;
        foreach (var callback in late)
        {
            // The claim, the mail and the audit commit together: a node that stops halfway leaves the
            // escalation to the next run.
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var won = await db.HotlineCallbacks.Where(b => b.Id == callback.Id && b.EscalatedOn == null)
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.EscalatedOn, today), token);
            if (won == 0)
            {
                continue;
            }

            var head = await db.Departments.Where(d => d.Id == callback.DepartmentId).Select(d => d.HeadId)
                .FirstOrDefaultAsync(token);
            var text = $"Клиенту обещали перезвонить до {callback.PromisedOn:dd.MM.yyyy}, срок прошёл.";
            foreach (var employee in new[] { head, callback.CallerId }.OfType<int>().Distinct())
            {
                mailbox.Queue(employee, "просрочен обратный звонок", text, "/hotline/callbacks");
            }

            audit.Record("hotline.callback_escalated", nameof(HotlineCallback), callback.Id,
                new { callback.PromisedOn }, actor: Actor.System);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            escalated++;
        }

        Log.Escalated(logger, escalated);
        return escalated;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3501, Level = LogLevel.Information,
            Message = "Callback escalation: {Escalated} overdue callbacks escalated")]
        public static partial void Escalated(ILogger logger, int escalated);
    }
}
