using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using MimeKit;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Notifications;

// An e-mail to an employee: a deadline reminder, an answer waiting for approval or returned with remarks,
// a knowledge-base review coming due. Written in the transaction of the reminder that causes it; subject and
// body come from the "staff-reminder" template when it is sent, so an administrator's edit applies at once.
public sealed class StaffMessage
{
    public long Id { get; set; }

    public int EmployeeId { get; set; }

    public required string Topic { get; set; }

    public required string Text { get; set; }

    // A path inside Otklik (such as /appeals/12); the staff address is put in front when the mail is sent.
    public required string Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public NoticeState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public string? LastError { get; set; }
}

internal sealed class StaffMessageConfiguration : IEntityTypeConfiguration<StaffMessage>
{
    public void Configure(EntityTypeBuilder<StaffMessage> builder)
    {
        builder.Property(m => m.Topic).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(1000);
        builder.Property(m => m.Link).HasMaxLength(300);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => new { m.State, m.Id });
        builder.HasOne<Organisation.Employee>().WithMany().HasForeignKey(m => m.EmployeeId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

// Puts an employee's e-mail into the caller's unit of work.
public sealed class StaffMailbox(OtklikDbContext db, TimeProvider time)
{
    public void Queue(int employeeId, string topic, string text, string link) =>
        db.StaffMessages.Add(new StaffMessage
        {
            EmployeeId = employeeId,
            Topic = topic.Length > 200 ? topic[..200] : topic,
            Text = text.Length > 1000 ? text[..1000] : text,
            Link = link,
            CreatedAt = time.GetUtcNow(),
            State = NoticeState.Pending,
        });
}

// Delivers staff e-mail with the same guarantees as the clients' notices: a conditional claim so that one
// node sends each message, backoff on failure, and a stale claim marked uncertain instead of resent.
public sealed partial class StaffMailDispatcher(
    OtklikDbContext db, IMailTransport transport, NoticeTemplateStore templates, TimeProvider time,
    IOptions<MailOptions> options, ILogger<StaffMailDispatcher> logger)
{
    private const int Batch = 50;

    public async Task<int> DispatchOnceAsync(CancellationToken token = default)
    {
        if (!transport.IsConfigured)
        {
            return 0;
        }

        await templates.RefreshAsync(db, token);
        await MarkStaleClaimsAsync(token);
        var claimed = await ClaimAsync(token);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var outcomes = await MailRound.SendAsync(transport, [.. claimed.Select(c => (c.Id, c.Message))], token);

        foreach (var (id, attempts, _) in claimed)
        {
            await RecordAsync(id, attempts + 1, outcomes.GetValueOrDefault(id)?.Message, token);
        }

        var sent = outcomes.Count(o => o.Value is null);
        Log.Dispatched(logger, sent, claimed.Count - sent);
        return sent;
    }

    private async Task<List<(long Id, int Attempts, MimeMessage Message)>> ClaimAsync(CancellationToken token)
    {
        var now = time.GetUtcNow();
        var due = await db.StaffMessages.AsNoTracking()
            .Where(m => m.State == NoticeState.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id).Take(Batch)
            .Join(db.Employees, m => m.EmployeeId, e => e.Id, (m, e) => new
            {
                Message = m,
                e.Email,
                e.FirstName,
                e.MiddleName,
                e.IsActive
            })
            .ToListAsync(token);

        var claimed = new List<(long, int, MimeMessage)>();
        foreach (var item in due)
        {
            if (!item.IsActive || item.Email is null || !MailboxAddress.TryParse(item.Email, out var address))
            {
                var reason = item.IsActive ? "У сотрудника нет верного адреса почты." : "Сотрудник отключён.";
                await FinishAsync(item.Message.Id, NoticeState.Failed, reason, token);
                Log.NotDeliverable(logger, item.Message.Id, item.Message.EmployeeId);
                continue;
            }

            // Composed before the claim, so a template or setting that cannot be used leaves the message waiting.
            var message = Compose(item.Message, $"{item.FirstName} {item.MiddleName}".Trim(), address);
            if (await db.StaffMessages.Where(m => m.Id == item.Message.Id && m.State == NoticeState.Pending)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.State, NoticeState.Sending)
                    .SetProperty(x => x.ClaimedAt, now), token) == 1)
            {
                claimed.Add((item.Message.Id, item.Message.Attempts, message));
            }
        }

        return claimed;
    }

    private MimeMessage Compose(StaffMessage staff, string name, MailboxAddress to)
    {
        var (subject, body) = templates.Render(NoticeKinds.StaffReminder, new Dictionary<string, string>
        {
            ["сотрудник"] = name,
            ["тема"] = staff.Topic,
            ["напоминание"] = staff.Text,
            ["ссылка"] = options.Value.StaffBaseUrl.TrimEnd('/') + staff.Link,
        });
        var message = new MimeMessage
        {
            Subject = subject,
            Body = new TextPart("plain") { Text = body },
            MessageId = $"staff-{staff.Id}@otklik",
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(to);
        return message;
    }

    private async Task RecordAsync(long id, int attempts, string? error, CancellationToken token)
    {
        if (error is null)
        {
            var now = time.GetUtcNow();
            await db.StaffMessages.Where(m => m.Id == id && m.State == NoticeState.Sending)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.State, NoticeState.Sent).SetProperty(x => x.SentAt, now)
                    .SetProperty(x => x.Attempts, attempts), token);
            return;
        }

        var text = error.Length > 500 ? error[..500] : error;
        var (state, next) = NoticeLedger.AfterFailure(attempts, options.Value.MaxAttempts, time.GetUtcNow());
        await db.StaffMessages.Where(m => m.Id == id && m.State == NoticeState.Sending)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.State, state).SetProperty(x => x.Attempts, attempts)
                .SetProperty(x => x.NextAttemptAt, next).SetProperty(x => x.LastError, text), token);
    }

    private Task<int> FinishAsync(long id, NoticeState state, string error, CancellationToken token) =>
        db.StaffMessages.Where(m => m.Id == id && m.State == NoticeState.Pending)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.State, state).SetProperty(x => x.LastError, error), token);

    private Task<int> MarkStaleClaimsAsync(CancellationToken token)
    {
        var stale = time.GetUtcNow() - NoticeLedger.ClaimTimeout;
        return db.StaffMessages.Where(m => m.State == NoticeState.Sending && m.ClaimedAt < stale)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.State, NoticeState.Uncertain), token);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3410, Level = LogLevel.Information,
            Message = "Staff e-mail dispatched: {Sent} sent, {Failed} failed")]
        public static partial void Dispatched(ILogger logger, int sent, int failed);

        [LoggerMessage(EventId = 3411, Level = LogLevel.Warning,
            Message = "Staff e-mail {MessageId} not sent: employee {EmployeeId} is inactive or has no valid address")]
        public static partial void NotDeliverable(ILogger logger, long messageId, int employeeId);
    }
}
