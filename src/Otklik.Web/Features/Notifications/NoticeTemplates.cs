using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Otklik.Text.PlainLanguage;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Notifications;

// A notice's text with placeholders in braces; the defaults live in code, an administrator's edit overrides.
public sealed record NoticeKind(
    string Code, string Title, string Subject, string Body, IReadOnlyList<string> Placeholders,
    IReadOnlyList<string> Required, bool IsRefusal = false);

public static class NoticeKinds
{
    public static readonly NoticeKind Receipt = new("receipt", "Обращение зарегистрировано",
        "Обращение № {номер} зарегистрировано",
        "Здравствуйте! Ваше обращение зарегистрировано {дата регистрации} под номером {номер}. Ответ будет " +
        "дан не позднее {срок}. Код для проверки статуса на портале: {код}.",
        ["номер", "дата регистрации", "срок", "код"], ["номер", "код"]);

    public static readonly NoticeKind Status = new("status", "Статус изменился",
        "Обращение № {номер}: {статус}",
        "Здравствуйте! Статус вашего обращения № {номер} изменился: «{статус}». {подробности} " +
        "Проверить статус можно на портале по коду {код}.",
        ["номер", "статус", "подробности", "код"], ["номер", "статус"]);

    public static readonly NoticeKind Extended = new("extended", "Срок ответа продлён",
        "Обращение № {номер}: срок ответа продлён",
        "Здравствуйте! Чтобы ответить на ваше обращение № {номер}, нужно больше времени. Ответ будет дан " +
        "не позднее {срок}. Проверить статус можно на портале по коду {код}.",
        ["номер", "срок", "код"], ["номер", "срок"]);

    public static readonly NoticeKind Forwarding = new("forwarding", "Обращение переадресовано",
        "Обращение № {номер} переадресовано",
        "Здравствуйте! Вопрос из вашего обращения № {номер} решает другой орган, поэтому мы направили " +
        "обращение туда: {орган}. Ответ вам пришлют оттуда.",
        ["номер", "орган"], ["номер", "орган"]);

    public static readonly NoticeKind NotConsidered = new("not-considered", "Злоупотребление правом на обращение",
        "Обращение № {номер}",
        "Здравствуйте! В обращении № {номер} есть нецензурные или оскорбительные выражения либо угрозы. " +
        "Напоминаем, что злоупотребление правом на обращение недопустимо, поэтому по существу оно " +
        "рассматриваться не будет. Вы можете написать нам снова, без таких выражений.",
        ["номер"], ["номер"], IsRefusal: true);

    public static readonly NoticeKind Answer = new("answer", "Сопроводительное письмо к ответу",
        "Ответ на обращение № {номер}", "{текст ответа}", ["номер", "текст ответа"], ["текст ответа"]);

    public static readonly NoticeKind Survey = new("survey", "Приглашение к опросу",
        "", "Оцените, пожалуйста, {что оценить}: {ссылка}", ["что оценить", "ссылка"], ["ссылка"]);

    public static readonly NoticeKind StaffReminder = new("staff-reminder", "Напоминание сотруднику",
        "Отклик: {тема}",
        "Здравствуйте, {сотрудник}! {напоминание}\n\nОткрыть в Отклике: {ссылка}",
        ["сотрудник", "тема", "напоминание", "ссылка"], ["напоминание", "ссылка"]);

    public static readonly NoticeKind BookingConfirmed = new("booking-confirmed", "Запись на личный приём",
        "Вы записаны на личный приём {дата} в {время}",
        "Здравствуйте, {имя}! Вы записаны на личный приём {дата} в {время}. Вас примет {принимает}, " +
        "кабинет {кабинет}. Адрес: {адрес}. Возьмите паспорт: без него в здание не пропустят. " +
        "Отменить запись можно на портале ({отмена}) по коду {код} и телефону, который вы указали.",
        ["имя", "дата", "время", "принимает", "кабинет", "адрес", "код", "отмена"], ["дата", "время", "код"]);

    public static readonly NoticeKind BookingReminder = new("booking-reminder", "Напоминание о личном приёме",
        "Напоминаем: личный приём {дата} в {время}",
        "Здравствуйте, {имя}! Напоминаем: {дата} в {время} вас примет {принимает}, кабинет {кабинет}. " +
        "Адрес: {адрес}. Возьмите паспорт. Если прийти не получится, отмените запись на портале ({отмена}) " +
        "по коду {код}.",
        ["имя", "дата", "время", "принимает", "кабинет", "адрес", "код", "отмена"], ["дата", "время"]);

    public static IReadOnlyList<NoticeKind> All { get; } =
        [Receipt, Status, Extended, Forwarding, NotConsidered, Answer, Survey, StaffReminder, BookingConfirmed,
            BookingReminder];

    public static NoticeKind? Find(string? code) => All.FirstOrDefault(k => k.Code == code);

    public static IReadOnlyDictionary<string, string> Sample { get; } = new Dictionary<string, string>
    {
        ["номер"] = "2026-000123",
        ["дата регистрации"] = "03.12.2026",
        ["срок"] = "12.01.2027",
        ["код"] = "K7M2P9Q4",
        ["статус"] = "Рассмотрена срочность",
        ["подробности"] = "Обращение передано исполнителю.",
        ["орган"] = "Социальный фонд России, г. Ставрополь",
        ["текст ответа"] = "Пособие назначено с 1 декабря.",
        ["что оценить"] = "ответ на ваше обращение",
        ["ссылка"] = "https://example.ru/survey/…",
        ["сотрудник"] = "Анна Петровна",
        ["тема"] = "обращение № 2026-000123",
        ["напоминание"] = "До срока ответа осталось два рабочих дня.",
        ["имя"] = "Мария Ивановна",
        ["дата"] = "15.12.2026",
        ["время"] = "10:20",
        ["принимает"] = "Соколова Марина Геннадьевна, начальник отдела",
        ["кабинет"] = "512",
        ["адрес"] = "г. Ставрополь, ул. Голенева, 18",
        ["отмена"] = "https://example.ru/reception/cancel",
    };
}

public sealed class NoticeTemplate
{
    public required string Kind { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}

internal sealed class NoticeTemplateConfiguration : IEntityTypeConfiguration<NoticeTemplate>
{
    public void Configure(EntityTypeBuilder<NoticeTemplate> builder)
    {
        builder.HasKey(t => t.Kind);
        builder.Property(t => t.Kind).HasMaxLength(40);
        builder.Property(t => t.Subject).HasMaxLength(300);
        builder.Property(t => t.Body).HasMaxLength(4000);
        builder.Property(t => t.UpdatedBy).HasMaxLength(200);
    }
}

// The templates in force on this node: administrators' edits over the defaults, reread from the database
// at most every 30 seconds so that every node follows an edit made on another.
public sealed partial class NoticeTemplateStore(TimeProvider time)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    private volatile Snapshot _snapshot = new(new Dictionary<string, NoticeTemplate>(), DateTimeOffset.MinValue);

    public async Task RefreshAsync(OtklikDbContext db, CancellationToken token = default)
    {
        if (time.GetUtcNow() - _snapshot.LoadedAt < Fresh)
        {
            return;
        }

        var stored = await db.NoticeTemplates.AsNoTracking().ToDictionaryAsync(t => t.Kind, token);
        _snapshot = new Snapshot(stored, time.GetUtcNow());
    }

    public void Invalidate() => _snapshot = _snapshot with { LoadedAt = DateTimeOffset.MinValue };

    public (string Subject, string Body) Render(NoticeKind kind, IReadOnlyDictionary<string, string> values)
    {
        var template = _snapshot.Stored.GetValueOrDefault(kind.Code);
        return (Fill(template?.Subject ?? kind.Subject, values), Fill(template?.Body ?? kind.Body, values));
    }

    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value).Trim();

    public static IReadOnlyList<string> PlaceholdersIn(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct()];

    [GeneratedRegex(@"\{([^{}\n]{1,40})\}")]
    private static partial Regex Placeholder();

    private sealed record Snapshot(IReadOnlyDictionary<string, NoticeTemplate> Stored, DateTimeOffset LoadedAt);
}

// Administrators edit the templates; a text with unknown or missing fields, or one the plain-language check
// finds wrong (a bare legal reference in a refusal), is not saved.
public sealed class NoticeTemplateEditor(
    OtklikDbContext db, NoticeTemplateStore store, AuditLog audit, TimeProvider time)
{
    public async Task<Result<NoticeTemplate?>> SaveAsync(
        NoticeKind kind, string? subject, string? body, bool reset, ClaimsPrincipal user)
    {
        if (!user.IsInRole(StaffRoles.Administrator))
        {
            return Errors.Forbidden("notice.templates_admin_only", "Шаблоны уведомлений меняют администраторы.");
        }

        var existing = await db.NoticeTemplates.FirstOrDefaultAsync(t => t.Kind == kind.Code);
        if (reset)
        {
            if (existing is not null)
            {
                db.NoticeTemplates.Remove(existing);
            }

            return await CommitAsync(kind, null, "notice.template_reset");
        }

        if (Check(kind, subject ?? string.Empty, body ?? string.Empty) is { } invalid)
        {
            return invalid;
        }

        existing ??= db.NoticeTemplates.Add(new NoticeTemplate
        {
            Kind = kind.Code,
            Subject = "",
            Body = "",
            UpdatedBy = "",
        }).Entity;
        (existing.Subject, existing.Body, existing.UpdatedAt, existing.UpdatedBy) =
            (subject!.Trim(), body!.Trim(), time.GetUtcNow(), Actor.From(user).Name);
        return await CommitAsync(kind, existing, "notice.template_changed");
    }

    public static Error? Check(NoticeKind kind, string subject, string body)
    {
        if ((kind != NoticeKinds.Survey && string.IsNullOrWhiteSpace(subject)) || subject.Length > 300
            || string.IsNullOrWhiteSpace(body) || body.Length > 4000)
        {
            return Errors.Validation("notice.template_empty", "Заполните тему (до 300 знаков) и текст (до 4000).");
        }

        var used = NoticeTemplateStore.PlaceholdersIn(subject + " " + body);
        var unknown = used.Except(kind.Placeholders).ToList();
        var missing = kind.Required.Except(used).ToList();
        if (unknown.Count > 0 || missing.Count > 0)
        {
            return Errors.Validation("notice.template_fields",
                (unknown.Count > 0 ? $"Неизвестные поля: {Braced(unknown)}. " : "")
                + (missing.Count > 0 ? $"Обязательные поля: {Braced(missing)}. " : "")
                + $"Можно использовать: {Braced(kind.Placeholders)}.");
        }

        var errors = Findings(kind, body).Where(f => f.Severity == Severity.Error).ToList();
        return errors.Count == 0
            ? null
            : Errors.Validation("notice.template_plain", "Текст не прошёл проверку простого языка: " +
                string.Join(" ", errors.Select(e => e.Message)));
    }

    private static string Braced(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"{{{n}}}"));

    public static IReadOnlyList<PlainFinding> Findings(NoticeKind kind, string body) =>
        PlainLanguageChecker.Default.Check(NoticeTemplateStore.Fill(body, NoticeKinds.Sample), kind.IsRefusal)
            .Findings;

    private async Task<Result<NoticeTemplate?>> CommitAsync(NoticeKind kind, NoticeTemplate? template, string action)
    {
        audit.Record(action, nameof(NoticeTemplate), kind.Code, template is null ? null : new { template.Subject });
        await db.SaveChangesAsync();
        store.Invalidate();
        return template;
    }
}
