using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Notifications;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Appeals;

// One step of the lifecycle, with what the step needs: the triage decision, an executor, a number of days,
// the outcome, a department. Revision is the version the person saw, so that two decisions never cross.
public sealed record AppealCommand(
    AppealAction Action,
    int Revision,
    string? Reason = null,
    bool Urgent = false,
    bool Abusive = false,
    int? ExecutorId = null,
    IReadOnlyList<int>? CoExecutorIds = null,
    DateOnly? DueOn = null,
    int? Days = null,
    string? Outcome = null,
    int? DepartmentId = null,
    string? AnswerText = null,
    bool Refusal = false,
    IReadOnlyList<int>? KnowledgeItemIds = null,
    int? AgencyId = null);

// Moves appeals through the lifecycle table: refuses illegal transitions and people without the right,
// applies the step, writes the history entry, the audit record and the client's notice in one commit.
public sealed partial class AppealWorkflow(
    OtklikDbContext db, AppealAccess access, AuditLog audit, AppealNotifier notifier, CalendarCache calendar,
    NoticeTemplateStore templates, StaffMailbox mailbox, TimeProvider time, IOptions<WorkingHoursOptions> hours,
    IOptions<AppealsOptions> options, ILogger<AppealWorkflow> logger)
{
    private const int MaxCoExecutors = 10;
    private const int MaxRemarks = 2000;

    public async Task<Result<Appeal>> ActAsync(int appealId, AppealCommand command, ClaimsPrincipal user)
    {
        var appeal = await db.Appeals.Include(a => a.CoExecutors).Include(a => a.Client)
            .FirstOrDefaultAsync(a => a.Id == appealId);
        var actor = appeal is null ? null : await access.ActorAsync(user, appeal);
        if (appeal is null || actor is not { CanSee: true })
        {
            return Errors.NotFound("appeal.not-found", "Обращение не найдено.");
        }

        if (Refusal(appeal, command, actor) is { } refused)
        {
            return refused;
        }

        await templates.RefreshAsync(db);
        var step = new Step(appeal, command, new DeadlineEngine(await calendar.GetAsync()), Today(), user);
        var result = await ApplyAsync(step);
        if (result.Error is not null)
        {
            return result.Error;
        }

        return await CommitAsync(step, result.Value!, user);
    }

    // A legal hold keeps a closed appeal past its retention period; set and lifted by the head or leadership.
    public async Task<Result<Appeal>> SetLegalHoldAsync(int appealId, string? reason, ClaimsPrincipal user)
    {
        var appeal = await db.Appeals.Include(a => a.CoExecutors).FirstOrDefaultAsync(a => a.Id == appealId);
        var actor = appeal is null ? null : await access.ActorAsync(user, appeal);
        if (appeal is null || actor is not { CanSee: true })
        {
            return Errors.NotFound("appeal.not-found", "Обращение не найдено.");
        }

        if (!actor.IsHead)
        {
            return Errors.Forbidden("appeal.forbidden", "Запрет удаления ставит начальник отдела или руководство.");
        }

        if (reason?.Trim().Length > 500)
        {
            return Field("LegalHold", "Основание — не более 500 символов.");
        }

        var before = appeal.LegalHold;
        appeal.LegalHold = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        audit.Record(appeal.LegalHold is null ? "appeal.hold-lifted" : "appeal.hold-set", nameof(Appeal), appeal.Id,
            new { Before = before, After = appeal.LegalHold });
        await db.SaveChangesAsync();
        return appeal;
    }

    private Error? Refusal(Appeal appeal, AppealCommand command, AppealActor actor)
    {
        if (command.Action == AppealAction.SubmitAnswer && !options.Value.AnswerApproval)
        {
            return Errors.Conflict("appeal.no-approval", "Согласование ответов не включено: отправьте ответ сами.");
        }

        if (command.Action == AppealAction.Answer && options.Value.AnswerApproval && !actor.IsHead)
        {
            return Errors.Forbidden("appeal.approval-required",
                "Ответ отправляет начальник отдела после согласования: отправьте ответ на согласование.");
        }

        var rule = AppealLifecycle.For(command.Action);
        if (!rule.From.Contains(appeal.Status))
        {
            return Errors.Conflict("appeal.transition",
                $"Действие «{AppealLifecycle.Title(command.Action)}» недоступно: " +
                $"обращение в статусе «{AppealTexts.Status(appeal.Status)}».");
        }

        if (!actor.IsHead && !(actor.IsExecutor && rule.Who == AppealRole.Executor))
        {
            return Errors.Forbidden("appeal.forbidden", rule.Who == AppealRole.Head
                ? "Это решение принимает начальник отдела, которому поручено обращение."
                : "Это может сделать только исполнитель обращения или начальник отдела.");
        }

        return appeal.Revision == command.Revision
            ? null
            : Errors.Conflict("appeal.changed",
                "Обращение уже изменил другой сотрудник. Обновите страницу и проверьте его состояние.");
    }

    private async Task<Result<string>> ApplyAsync(Step step) => step.Command.Action switch
    {
        AppealAction.Triage => await TriageAsync(step),
        AppealAction.Redirect => await RedirectAsync(step),
        AppealAction.Start => "Принято в работу.",
        AppealAction.Answer => await AnswerAsync(step),
        AppealAction.SubmitAnswer => await SubmitAnswerAsync(step),
        AppealAction.ReturnAnswer => await ReturnAnswerAsync(step),
        AppealAction.Forward => await ForwardAsync(step),
        AppealAction.NotConsider => NotConsider(step),
        AppealAction.ReturnForRework => WithReason(step, "Возвращено на доработку."),
        AppealAction.Extend => Extend(step),
        AppealAction.Reassign => await ReassignAsync(step),
        _ => Close(step),
    };

    private async Task<Result<string>> TriageAsync(Step step)
    {
        var (appeal, command) = (step.Appeal, step.Command);
        var errors = new Dictionary<string, string[]>();
        var reasonNeeded = command.Abusive || command.Urgent != (appeal.UrgencyReasons.Count > 0);
        if (reasonNeeded && string.IsNullOrWhiteSpace(command.Reason))
        {
            errors["Reason"] = ["Укажите основание решения: оно расходится с подсказкой системы " +
                "или признаёт обращение злоупотреблением правом."];
        }

        var due = TriageDeadline(step, errors);
        var executor = command.Abusive && command.ExecutorId is null
            ? null
            : await ExecutorAsync(command.ExecutorId, appeal.DepartmentId, errors);
        var coExecutors = await CoExecutorsAsync(command.CoExecutorIds ?? [], command.ExecutorId, errors);
        if (errors.Count > 0)
        {
            return Errors.Validation("appeal.triage-invalid", "Проверьте решение по обращению.", errors);
        }

        appeal.IsUrgent = command.Urgent;
        appeal.IsAbusive = command.Abusive;
        appeal.DueOn = due;
        appeal.ExecutorId = executor?.Id;
        appeal.CoExecutors =
            [.. coExecutors.Select(e => new AppealCoExecutor { AppealId = appeal.Id, EmployeeId = e.Id })];

        return $"Срочное: {(command.Urgent ? "да" : "нет")}; злоупотребление правом: " +
            $"{(command.Abusive ? "да" : "нет")}; исполнитель: {executor?.FullName ?? "не назначен"}" +
            (coExecutors.Count > 0
                ? $"; соисполнители: {string.Join(", ", coExecutors.Select(e => e.FullName))}"
                : "") +
            $"; срок: {due:dd.MM.yyyy}." + ReasonText(command);
    }

    // The head may shorten the legal term, never extend it; an urgent appeal is answered at most five
    // working days after registration; an abusive one needs its notice within ten working days.
    private static DateOnly TriageDeadline(Step step, Dictionary<string, string[]> errors)
    {
        var (appeal, command, engine) = (step.Appeal, step.Command, step.Engine);
        if (command.Abusive)
        {
            return engine.Compute(DeadlinePolicies.AbusiveNotice, appeal.RegisteredOn).Date;
        }

        var limit = command.Urgent
            ? engine.Compute(DeadlinePolicies.UrgentAnswer, appeal.RegisteredOn).Date
            : appeal.AnswerDueOn;
        var due = command.DueOn ?? limit;
        if (command.Urgent && !engine.IsWithinCap(DeadlinePolicies.UrgentAnswer, appeal.RegisteredOn, due))
        {
            errors["DueOn"] = [$"Срочное обращение: срок — не позднее {limit:dd.MM.yyyy} " +
                "(5 рабочих дней со дня регистрации)."];
        }
        else if (due > limit)
        {
            errors["DueOn"] = [$"Срок не может быть позже установленного законом: {limit:dd.MM.yyyy}."];
        }
        else if (due < step.Today)
        {
            errors["DueOn"] = ["Срок не может быть в прошлом."];
        }

        return due;
    }

    private async Task<Organisation.Employee?> ExecutorAsync(
        int? employeeId, int? departmentId, Dictionary<string, string[]> errors)
    {
        var executor = employeeId is null
            ? null
            : await db.Employees.FirstOrDefaultAsync(e => e.Id == employeeId && e.IsActive);
        if (executor is null || executor.DepartmentId != departmentId)
        {
            errors["ExecutorId"] = ["Выберите исполнителя из сотрудников отдела, которому поручено обращение."];
        }

        return executor;
    }

    private async Task<List<Organisation.Employee>> CoExecutorsAsync(
        IReadOnlyList<int> ids, int? executorId, Dictionary<string, string[]> errors)
    {
        var wanted = ids.Where(id => id != executorId).Distinct().ToList();
        var found = await db.Employees.Where(e => wanted.Contains(e.Id) && e.IsActive).ToListAsync();
        if (found.Count != wanted.Count || wanted.Count > MaxCoExecutors)
        {
            errors["CoExecutorIds"] = [$"Соисполнители — действующие сотрудники, не более {MaxCoExecutors}."];
        }

        return found;
    }

    private async Task<Result<string>> RedirectAsync(Step step)
    {
        var target = await db.Departments.FirstOrDefaultAsync(d => d.Id == step.Command.DepartmentId && d.IsActive);
        if (target is null || target.Id == step.Appeal.DepartmentId)
        {
            return Errors.Validation("appeal.redirect-invalid", "Выберите другой действующий отдел.",
                new Dictionary<string, string[]> { ["DepartmentId"] = ["Выберите другой действующий отдел."] });
        }

        step.Appeal.DepartmentId = target.Id;
        return $"Передано в отдел «{target.Name}»." + ReasonText(step.Command);
    }

    // The answer goes out as written; a refusal must explain its grounds in plain words (R11). A draft that
    // waited for approval is sent as it is, or kept beside the head's corrected text.
    private async Task<Result<string>> AnswerAsync(Step step)
    {
        if (AppealAnswerRules.Check(step.Command.AnswerText, step.Command.Refusal) is { } invalid)
        {
            return invalid;
        }

        var draft = await ApprovedDraftAsync(step);
        var answer = await WriteAnswerAsync(step, draft);
        answer.AwaitingApproval = false;
        step.Appeal.Outcome = AppealAnswerRules.Summary(answer.Text, answer.IsRefusal);
        await MarkRemindersReadAsync(step.Appeal.Id, "answer-approval");
        return $"Ответ направлен: {step.Appeal.Outcome}";
    }

    // The draft itself when the head sends it unchanged; otherwise it stays as the executor wrote it.
    private async Task<AppealAnswer?> ApprovedDraftAsync(Step step)
    {
        var draft = await PendingAnswerAsync(step.Appeal.Id);
        if (draft is null)
        {
            return null;
        }

        var head = Actor.From(step.User).Name;
        if (draft.Text == step.Command.AnswerText!.Trim() && draft.IsRefusal == step.Command.Refusal)
        {
            draft.ApprovedBy = head;
            return draft;
        }

        (draft.AwaitingApproval, draft.Superseded, draft.ApprovedBy) = (false, true, head);
        return null;
    }

    private Task<int> MarkRemindersReadAsync(int appealId, string kind) =>
        db.StaffReminders.Where(r => r.AppealId == appealId && r.Kind == kind && r.ReadAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ReadAt, time.GetUtcNow()));

    // With approval on, the executor's answer waits for the head, who is reminded; nothing goes to the client.
    private async Task<Result<string>> SubmitAnswerAsync(Step step)
    {
        if (AppealAnswerRules.Check(step.Command.AnswerText, step.Command.Refusal) is { } invalid)
        {
            return invalid;
        }

        var answer = await WriteAnswerAsync(step, await PendingAnswerAsync(step.Appeal.Id));
        answer.AwaitingApproval = true;
        await MarkRemindersReadAsync(step.Appeal.Id, "answer-returned");
        var head = await db.Departments.Where(d => d.Id == step.Appeal.DepartmentId).Select(d => d.HeadId)
            .FirstOrDefaultAsync();
        if (head is { } headId)
        {
            await RemindAsync(step.Appeal, headId, "answer-approval",
                $"Ответ на обращение № {step.Appeal.RegistrationNumber} ждёт согласования; срок " +
                $"{step.Appeal.EffectiveDueOn:dd.MM.yyyy}.");
        }

        return "Ответ отправлен на согласование начальнику отдела.";
    }

    // The head sends the draft back with remarks; the executor is told and writes it again.
    private async Task<Result<string>> ReturnAnswerAsync(Step step)
    {
        var pending = await PendingAnswerAsync(step.Appeal.Id);
        if (pending is null)
        {
            return Errors.Conflict("appeal.no-pending-answer", "Нет ответа, который ждёт согласования.");
        }

        if (RemarksError(step.Command.Reason) is { } invalid)
        {
            return invalid;
        }

        (pending.AwaitingApproval, pending.ReturnedWith, pending.ReturnedBy) =
            (false, step.Command.Reason!.Trim(), Actor.From(step.User).Name);
        await MarkRemindersReadAsync(step.Appeal.Id, "answer-approval");
        if (step.Appeal.ExecutorId is { } executorId)
        {
            // The remarks stay in Otklik: they may quote the client, and e-mail leaves the ministry's control.
            await RemindAsync(step.Appeal, executorId, "answer-returned",
                $"Ответ на обращение № {step.Appeal.RegistrationNumber} возвращён с замечаниями; " +
                "откройте его в Отклике.");
        }

        return "Ответ возвращён исполнителю с замечаниями." + ReasonText(step.Command);
    }

    private static Error? RemarksError(string? remarks)
    {
        var message = remarks?.Trim().Length switch
        {
            null or 0 => "Напишите замечания к ответу.",
            > MaxRemarks => $"Замечания — не больше {MaxRemarks} знаков.",
            _ => null,
        };
        return message is null
            ? null
            : Errors.Validation("appeal.remarks-invalid", message,
                new Dictionary<string, string[]> { ["Remarks"] = [message] });
    }

    private Task<AppealAnswer?> PendingAnswerAsync(int appealId) =>
        db.AppealAnswers.Where(a => a.AppealId == appealId && a.AwaitingApproval).OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync();

    // Only knowledge-base items that exist are kept with the answer.
    private async Task<AppealAnswer> WriteAnswerAsync(Step step, AppealAnswer? answer)
    {
        var wanted = step.Command.KnowledgeItemIds ?? [];
        var used = wanted.Count == 0
            ? []
            : await db.KnowledgeItems.Where(i => wanted.Contains(i.Id)).Select(i => i.Id).ToListAsync();
        answer ??= db.AppealAnswers.Add(new AppealAnswer { AppealId = step.Appeal.Id, Text = "", Author = "" })
            .Entity;
        answer.Text = step.Command.AnswerText!.Trim();
        answer.IsRefusal = step.Command.Refusal;
        answer.SentAt = time.GetUtcNow();
        answer.KnowledgeItemIds = used;
        if (answer.Author.Length == 0 || !answer.AwaitingApproval)
        {
            answer.Author = Actor.From(step.User).Name;
        }

        return answer;
    }

    // One reminder per appeal, person, kind and deadline: a repeated event raises it again as unread, and
    // each time an e-mail goes to the person.
    private async Task RemindAsync(Appeal appeal, int employeeId, string kind, string text)
    {
        var reminder = await db.StaffReminders.FirstOrDefaultAsync(r => r.AppealId == appeal.Id
            && r.EmployeeId == employeeId && r.Kind == kind && r.DueOn == appeal.EffectiveDueOn);
        reminder ??= db.StaffReminders.Add(new StaffReminder
        {
            AppealId = appeal.Id,
            EmployeeId = employeeId,
            Kind = kind,
            DueOn = appeal.EffectiveDueOn,
            Text = "",
        }).Entity;
        (reminder.Text, reminder.CreatedAt, reminder.ReadAt) = (text.Length > 1000 ? text[..1000] : text,
            time.GetUtcNow(), null);
        mailbox.Queue(employeeId, $"обращение № {appeal.RegistrationNumber}", text, $"/appeals/{appeal.Id}/answer");
    }

    // The addressee comes from the directory of agencies; one missing from it may be named by hand.
    private async Task<Result<string>> ForwardAsync(Step step)
    {
        var agency = step.Command.AgencyId is { } agencyId
            ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId && a.IsActive)
            : null;
        if (agency is null && Required(step.Command.Outcome, "AgencyId",
            "Выберите орган из справочника или укажите его название и адрес.") is { } missing)
        {
            return missing;
        }

        var limit = step.Engine.Compute(DeadlinePolicies.Forwarding, step.Appeal.RegisteredOn).Date;
        step.Appeal.Outcome = agency?.Plain() ?? step.Command.Outcome!.Trim();
        return $"Переадресовано: {step.Appeal.Outcome}; " + (step.Today <= limit
            ? $"в срок (до {limit:dd.MM.yyyy})."
            : $"с нарушением срока переадресации (до {limit:dd.MM.yyyy}).") + ReasonText(step.Command);
    }

    private static Result<string> NotConsider(Step step)
    {
        if (step.Appeal.IsAbusive != true)
        {
            return Errors.Conflict("appeal.not-abusive",
                "Не рассматривать по существу можно только обращение, " +
                "признанное при рассмотрении срочности злоупотреблением правом.");
        }

        return WithReason(step, "Не рассматривается по существу; заявителю направляется уведомление " +
            "о недопустимости злоупотребления правом.");
    }

    private static Result<string> Extend(Step step)
    {
        var (appeal, command) = (step.Appeal, step.Command);
        var max = DeadlinePolicies.Answer.MaxExtension ?? 0;
        Error? refusal = appeal.ExtensionDays > 0
            ? Errors.Conflict("appeal.extended-once", "Срок ответа можно продлить только один раз.")
            : appeal.IsUrgent == true
                ? Errors.Conflict("appeal.urgent-extension", "Срок ответа на срочное обращение не продлевается.")
                : command.Days is not { } days || days < 1 || days > max
                    ? Field("Days", $"Продлить можно на 1–{max} дней.")
                    : Required(command.Reason, "Reason", "Укажите основание продления.");
        if (refusal is not null)
        {
            return refusal;
        }

        appeal.ExtensionDays = command.Days!.Value;
        appeal.AnswerDueOn = step.Engine
            .Compute(DeadlinePolicies.Answer, appeal.RegisteredOn, appeal.ExtensionDays).Date;
        appeal.DueOn = appeal.AnswerDueOn;
        return $"Срок ответа продлён на {appeal.ExtensionDays} дн., до {appeal.AnswerDueOn:dd.MM.yyyy}." +
            ReasonText(command);
    }

    private async Task<Result<string>> ReassignAsync(Step step)
    {
        var errors = new Dictionary<string, string[]>();
        var executor = await ExecutorAsync(step.Command.ExecutorId, step.Appeal.DepartmentId, errors);
        if (executor is not null && executor.Id == step.Appeal.ExecutorId)
        {
            errors["ExecutorId"] = ["Выберите другого исполнителя."];
        }

        if (errors.Count > 0 || Required(step.Command.Reason, "Reason", "Укажите причину замены.") is not null)
        {
            errors.TryAdd("Reason", ["Укажите причину замены."]);
            return Errors.Validation("appeal.reassign-invalid", "Проверьте замену исполнителя.", errors);
        }

        step.Appeal.ExecutorId = executor!.Id;
        return $"Новый исполнитель: {executor.FullName}." + ReasonText(step.Command);
    }

    private Result<string> Close(Step step)
    {
        step.Appeal.ClosedAt = time.GetUtcNow();
        return "Рассмотрение завершено." + ReasonText(step.Command);
    }

    private async Task<Result<Appeal>> CommitAsync(Step step, string note, ClaimsPrincipal user)
    {
        var (appeal, command) = (step.Appeal, step.Command);
        var from = appeal.Status;
        appeal.Status = AppealLifecycle.For(command.Action).To ?? from;
        appeal.Revision++;
        appeal.Events.Add(new AppealEvent
        {
            At = time.GetUtcNow(),
            Status = appeal.Status,
            Action = AppealLifecycle.Code(command.Action),
            ActorName = Actor.From(user).Name,
            Note = note.Length > 2000 ? note[..2000] : note,
        });
        audit.Record("appeal." + AppealLifecycle.Code(command.Action), nameof(Appeal), appeal.Id,
            new { From = from.ToString(), To = appeal.Status.ToString(), appeal.DueOn, appeal.ExecutorId },
            command.Reason);
        QueueNotice(appeal, from, command.Action, note);

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.Conflict("appeal.changed",
                "Обращение уже изменил другой сотрудник. Обновите страницу и проверьте его состояние.");
        }

        Log.Transition(logger, appeal.Id, from, appeal.Status);
        return appeal;
    }

    private void QueueNotice(Appeal appeal, AppealStatus from, AppealAction action, string note)
    {
        if (action is AppealAction.Answer or AppealAction.Forward or AppealAction.NotConsider)
        {
            QueueFinal(appeal, action);
        }
        else if (action == AppealAction.Extend)
        {
            notifier.Queue(appeal, NoticeKinds.Extended);
        }
        else if (appeal.Status != from)
        {
            notifier.QueueStatus(appeal, ClientDetail(appeal, action, note));
        }
    }

    private void QueueFinal(Appeal appeal, AppealAction action)
    {
        var (touchpoint, kind, values) = action switch
        {
            AppealAction.Answer => (Surveys.Touchpoints.Answer, NoticeKinds.Answer, new Dictionary<string, string>
            {
                ["текст ответа"] = db.AppealAnswers.Local.Last(a => a.AppealId == appeal.Id && AppealAnswer.IsSent(a))
                    .Text,
            }),
            AppealAction.Forward => (Surveys.Touchpoints.Forwarding, NoticeKinds.Forwarding,
                new Dictionary<string, string> { ["орган"] = appeal.Outcome ?? "" }),
            _ => (Surveys.Touchpoints.NotConsidered, NoticeKinds.NotConsidered, new Dictionary<string, string>()),
        };
        notifier.QueueFinal(appeal, touchpoint, kind, values);
    }

    // The client sees plain words, never internal names or reasons.
    private static string ClientDetail(Appeal appeal, AppealAction action, string note) => action switch
    {
        AppealAction.Triage =>
            $"Обращение передано исполнителю; ответ будет дан не позднее {appeal.EffectiveDueOn:dd.MM.yyyy}.",
        AppealAction.Forward => $"Вопрос не относится к ведению министерства, обращение направлено: {appeal.Outcome}.",
        AppealAction.Answer => "Ответ подготовлен и будет направлен выбранным вами способом.",
        AppealAction.Close => "Рассмотрение обращения завершено.",
        _ => note.Length == 0 ? "" : "Обращение рассматривается.",
    };

    private static string ReasonText(AppealCommand command) =>
        string.IsNullOrWhiteSpace(command.Reason) ? "" : $" Основание: {command.Reason.Trim()}";

    private static Result<string> WithReason(Step step, string note) =>
        Required(step.Command.Reason, "Reason", "Укажите основание решения.") is { } missing
            ? missing
            : note + ReasonText(step.Command);

    private static Error? Required(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > 2000 ? Field(field, message) : null;

    private static Error Field(string field, string message) =>
        Errors.Validation("appeal.step-invalid", message, new Dictionary<string, string[]> { [field] = [message] });

    private DateOnly Today() => TimeZones.Today(time, hours.Value.TimeZone);

    private sealed record Step(
        Appeal Appeal, AppealCommand Command, DeadlineEngine Engine, DateOnly Today, ClaimsPrincipal User);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
            Message = "Appeal {AppealId} moved from {From} to {To}")]
        public static partial void Transition(ILogger logger, int appealId, AppealStatus from, AppealStatus to);
    }
}
