using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Text.Abuse;
using Otklik.Web.Features.Appeals.Attachments;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Appeals;

public sealed record AppealIntake(
    AppealKind Kind,
    ClientKind ClientKind,
    string? Name,
    string? Email,
    string? Phone,
    string? PostalAddress,
    string? Text,
    IReadOnlyList<string> NotifyBy,
    DateOnly? ReceivedOn,
    int? DepartmentId = null,
    IReadOnlyList<IncomingFile>? Files = null);

public sealed class AppealsOptions
{
    public string IntakeDepartment { get; set; } =
        "Отдел по работе с обращениями граждан";

    // Executors hear this many working days before the deadline; heads at and after it.
    public int RemindWorkingDaysBefore { get; set; } = 2;

    // How often every node looks for due reminders; 0 turns the job off (tests run it by hand).
    public int ReminderIntervalMinutes { get; set; } = 15;

    // When set, an executor's answer waits for the head, who sends it (R12).
    public bool AnswerApproval { get; set; }

    // Working days after the answer, forwarding or abusive-appeal notice before the appeal closes by itself;
    // until then the head may return it for rework. 0 leaves closing to the head.
    public int AutoCloseWorkingDays { get; set; } = 10;
}

// Registers an appeal once: checks it, stores its files, decides deadlines, urgency cues and abuse flags,
// and has the writer commit it — so that a client is told "registered" only for what is durably stored.
public sealed partial class AppealIntakeService(
    OtklikDbContext db, RegistrationBatcher batcher, CalendarCache calendar, TimeProvider time, AttachmentStore files,
    IHttpContextAccessor http, IOptions<AttachmentOptions> limits, IOptions<WorkingHoursOptions> hours,
    ILogger<AppealIntakeService> logger)
{
    public async Task<Result<(Appeal Appeal, bool Created)>> RegisterAsync(
        AppealIntake intake, IntakeChannel channel, string? idempotencyKey = null)
    {
        if (idempotencyKey is not null && await KnownKeyAsync(idempotencyKey)
            && await FindByKeyAsync(idempotencyKey) is { } existing)
        {
            return (existing, false);
        }

        var today = Today();
        if (Validate(intake, today) is { } invalid)
        {
            return invalid;
        }

        if (AttachmentRules.Check(intake.Files ?? [], limits.Value) is { } fileProblem)
        {
            return Errors.Validation("appeal.invalid", "Проверьте данные обращения.",
                new Dictionary<string, string[]> { ["Files"] = [fileProblem] });
        }

        if (intake.DepartmentId is { } unit && !await db.Departments.AnyAsync(d => d.Id == unit && d.IsActive))
        {
            return Errors.Validation("appeal.invalid", "Проверьте данные обращения.",
                new Dictionary<string, string[]> { ["DepartmentId"] = ["Выберите действующий отдел."] });
        }

        try
        {
            // Files first: the record that points at them commits only once they are safely stored.
            var attachments = await StoreFilesAsync(intake.Files ?? []);
            var prepared = await PrepareAsync(intake, channel, idempotencyKey, today, attachments);
            var appeal = await batcher.SubmitAsync(prepared);

            Log.Registered(logger, appeal.Id, channel);
            return (appeal, true);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same request arrived twice at once; the other one registered it.
            db.ChangeTracker.Clear();
            return await FindByKeyAsync(idempotencyKey) is { } winner
                ? (winner, false)
                : Errors.Conflict("appeal.retry",
                    "Обращение не сохранено, повторите запрос.");
        }
    }

    private async Task<List<AppealAttachment>> StoreFilesAsync(IReadOnlyList<IncomingFile> incoming)
    {
        var stored = new List<AppealAttachment>();
        foreach (var file in incoming)
        {
            var type = FileSniffer.Sniff(file.Content)!;
            stored.Add(new AppealAttachment
            {
                FileName = AttachmentRules.SafeName(file.FileName, type),
                ContentType = type.ContentType,
                Size = file.Content.Length,
                Sha256 = await files.PutAsync(file.Content),
                UploadedAt = time.GetUtcNow(),
            });
        }

        return stored;
    }

    private async Task<PreparedAppeal> PrepareAsync(
        AppealIntake intake, IntakeChannel channel, string? key, DateOnly today, List<AppealAttachment> attachments)
    {
        var engine = new DeadlineEngine(await calendar.GetAsync());
        var receivedOn = intake.ReceivedOn ?? today;

        return new PreparedAppeal(intake, channel, key, today,
            engine.Compute(DeadlinePolicies.Answer, today).Date,
            engine.Compute(DeadlinePolicies.Registration, receivedOn).Date < today,
            AbuseDetector.Default.Analyze(intake.Text!).IsAbusive, UrgencyCues.Find(intake.Text!), intake.DepartmentId,
            attachments, Actor.From(http.HttpContext?.User));
    }

    // The common case is a new key: one index probe without loading anything, compiled once.
    private static readonly Func<OtklikDbContext, string, Task<bool>> KeyProbe =
        EF.CompileAsyncQuery((OtklikDbContext context, string key) =>
            context.Appeals.Any(a => a.IdempotencyKey == key));

    private Task<bool> KnownKeyAsync(string key) => KeyProbe(db, key);

    private Task<Appeal?> FindByKeyAsync(string key) =>
        db.Appeals.Include(a => a.Client).FirstOrDefaultAsync(a => a.IdempotencyKey == key);

    // The same checks without registering, for mail accepted now and registered later.
    public static Error? Check(AppealIntake intake, DateOnly today) => Validate(intake, today);

    private static Error? Validate(AppealIntake intake, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(intake.Name) || intake.Name.Trim().Length > 300)
        {
            errors["Name"] = ["Укажите фамилию, имя и отчество " +
                "или название организации (до 300 символов)."];
        }

        if (string.IsNullOrWhiteSpace(intake.Text) || intake.Text.Trim().Length > 20_000)
        {
            errors["Text"] = ["Напишите текст обращения (до 20 000 символов)."];
        }

        var email = Clean(intake.Email);
        if (email is not null && !MailAddress.TryCreate(email, out _))
        {
            errors["Email"] = ["Адрес электронной почты указан неверно, " +
                "пример: ivanov@example.ru."];
        }

        if (Clean(intake.Phone) is not null && Digits(intake.Phone) is not { Length: >= 10 and <= 15 })
        {
            errors["Phone"] = ["Телефон — от 10 до 15 цифр, например +7 918 123-45-67."];
        }

        // 59-FZ, article 7: an answer needs a postal or an e-mail address.
        if (email is null && Clean(intake.PostalAddress) is null)
        {
            errors["Email"] = ["Укажите адрес электронной почты " +
                "или почтовый адрес — на него придёт ответ."];
        }

        CheckChannels(intake, errors);
        if (!Enum.IsDefined(intake.Kind))
        {
            errors["Kind"] = ["Выберите вид обращения."];
        }

        if (intake.ReceivedOn > today)
        {
            errors["ReceivedOn"] = ["Дата поступления не может быть в будущем."];
        }

        return errors.Count == 0
            ? null
            : Errors.Validation("appeal.invalid", "Проверьте данные обращения.", errors);
    }

    private static void CheckChannels(AppealIntake intake, Dictionary<string, string[]> errors)
    {
        var unknown = intake.NotifyBy.Where(c => !AppealTexts.NotifyChannels.ContainsKey(c)).ToList();
        if (intake.NotifyBy.Count == 0 || unknown.Count > 0)
        {
            errors["NotifyBy"] = ["Выберите, как сообщать о ходе рассмотрения: "
                + string.Join(", ", AppealTexts.NotifyChannels.Keys) + "."];
        }
        else if (intake.NotifyBy.Contains("sms") && Digits(intake.Phone) is null)
        {
            errors.TryAdd("Phone", ["Для СМС укажите номер телефона."]);
        }
        else if (intake.NotifyBy.Contains("phone") && Digits(intake.Phone) is null)
        {
            errors.TryAdd("Phone", ["Чтобы мы позвонили, укажите номер телефона."]);
        }
        else if (intake.NotifyBy.Contains("post") && Clean(intake.PostalAddress) is null)
        {
            errors.TryAdd("PostalAddress",
                ["Для ответа почтой укажите почтовый адрес."]);
        }
        else if (intake.NotifyBy.Contains("email") && Clean(intake.Email) is null)
        {
            errors.TryAdd("Email",
                ["Для ответа по электронной почте укажите её адрес."]);
        }
    }

    private DateOnly Today() => TimeZones.Today(time, hours.Value.TimeZone);

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? Digits(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
            Message = "Appeal {AppealId} registered via {Channel}")]
        public static partial void Registered(ILogger logger, int appealId, IntakeChannel channel);
    }
}
