using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Operations;

namespace Otklik.Web.Features.Notifications;

// Delivers e-mail notices from the outbox. A notice is claimed by one conditional update (Pending →
// Sending), so of several nodes exactly one sends it; success marks it Sent, a failure puts it back with
// a later attempt time (backoff doubling from a minute), the last allowed failure marks it Failed.
// A claim left in Sending by a node that stopped is marked Uncertain and never resent by itself: a
// notice goes at most once per channel.
public sealed partial class NotificationDispatcher(
    OtklikDbContext db, IMailTransport transport, TimeProvider time, IOptions<MailOptions> options,
    ILogger<NotificationDispatcher> logger)
{
    private const int Batch = 50;
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);

    public async Task<int> DispatchOnceAsync(CancellationToken token = default)
    {
        if (!transport.IsConfigured)
        {
            return 0;
        }

        await MarkStaleClaimsAsync(token);
        var now = time.GetUtcNow();
        var due = await db.AppealNotices.AsNoTracking()
            .Where(n => n.Channel == "email" && n.State == NoticeState.Pending
                && (n.NextAttemptAt == null || n.NextAttemptAt <= now))
            .OrderBy(n => n.Id).Take(Batch)
            .Join(db.Appeals, n => n.AppealId, a => a.Id, (n, a) => new { Notice = n, a.Client!.Email })
            .ToListAsync(token);

        var claimed = new List<(AppealNotice Notice, MimeMessage Message)>();
        foreach (var item in due)
        {
            var address = item.Email is not null && MailboxAddress.TryParse(item.Email, out var parsed) ? parsed : null;
            if (address is null)
            {
                // Retrying cannot help; the appeal card shows why, and staff correct the address.
                await FinishAsync(item.Notice.Id, NoticeState.Failed, item.Email is null
                    ? "У заявителя нет адреса электронной почты."
                    : "Адрес электронной почты заявителя указан неверно.", token);
            }
            else if (await ClaimAsync(item.Notice.Id, now, token))
            {
                claimed.Add((item.Notice, Compose(item.Notice, address)));
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var outcomes = new Dictionary<long, Exception?>();
        try
        {
            await transport.SendAsync([.. claimed.Select(c => c.Message)],
                (message, error) => outcomes[claimed.First(c => c.Message == message).Notice.Id] = error, token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The server could not be reached: nothing of this round was handed over.
            foreach (var (notice, _) in claimed.Where(c => !outcomes.ContainsKey(c.Notice.Id)))
            {
                outcomes[notice.Id] = e;
            }
        }

        foreach (var (notice, _) in claimed)
        {
            await RecordAsync(notice, outcomes.GetValueOrDefault(notice.Id), token);
        }

        var sent = outcomes.Count(o => o.Value is null);
        Log.Dispatched(logger, sent, claimed.Count - sent);
        return sent;
    }

    private MimeMessage Compose(AppealNotice notice, MailboxAddress to)
    {
        var message = new MimeMessage
        {
            Subject = notice.Subject,
            Body = new TextPart("plain") { Text = notice.Body },
            MessageId = $"notice-{notice.Id}@otklik",
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(to);
        return message;
    }

    private async Task<bool> ClaimAsync(long id, DateTimeOffset now, CancellationToken token) =>
        await db.AppealNotices.Where(n => n.Id == id && n.State == NoticeState.Pending)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Sending)
                .SetProperty(x => x.ClaimedAt, now), token) == 1;

    private async Task RecordAsync(AppealNotice notice, Exception? error, CancellationToken token)
    {
        if (error is null)
        {
            var now = time.GetUtcNow();
            await db.AppealNotices.Where(n => n.Id == notice.Id)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Sent)
                    .SetProperty(x => x.SentAt, now).SetProperty(x => x.Attempts, notice.Attempts + 1), token);
            return;
        }

        var attempts = notice.Attempts + 1;
        var text = error.Message.Length > 500 ? error.Message[..500] : error.Message;
        if (attempts >= options.Value.MaxAttempts)
        {
            await FinishAsync(notice.Id, NoticeState.Failed, text, token, attempts);
            return;
        }

        var next = time.GetUtcNow() + TimeSpan.FromMinutes(Math.Pow(2, attempts - 1));
        await db.AppealNotices.Where(n => n.Id == notice.Id)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Pending)
                .SetProperty(x => x.Attempts, attempts).SetProperty(x => x.NextAttemptAt, next)
                .SetProperty(x => x.LastError, text), token);
    }

    private Task<int> FinishAsync(
        long id, NoticeState state, string error, CancellationToken token, int? attempts = null) =>
        db.AppealNotices.Where(n => n.Id == id)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, state).SetProperty(x => x.LastError, error)
                .SetProperty(x => x.Attempts, x => attempts ?? x.Attempts), token);

    private Task<int> MarkStaleClaimsAsync(CancellationToken token)
    {
        var stale = time.GetUtcNow() - ClaimTimeout;
        return db.AppealNotices.Where(n => n.State == NoticeState.Sending && n.ClaimedAt < stale)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Uncertain), token);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3401, Level = LogLevel.Information,
            Message = "Notices dispatched by e-mail: {Sent} sent, {Failed} failed")]
        public static partial void Dispatched(ILogger logger, int sent, int failed);
    }
}

public sealed class NotificationJob(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider time, ILogger<NotificationJob> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.DispatchIntervalSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken token) =>
        services.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync(token);
}

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<MailOptions>(configuration.GetSection("Otklik:Mail"));
        var mode = configuration.GetValue<MailMode?>("Otklik:Mail:Mode")
            ?? (environment.IsDevelopment() ? MailMode.Pickup : MailMode.Smtp);
        services.PostConfigure<MailOptions>(o => o.Mode = mode);
        services.AddSingleton<PickupMailTransport>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<IMailTransport>(sp => mode == MailMode.Pickup
            ? sp.GetRequiredService<PickupMailTransport>()
            : sp.GetRequiredService<SmtpMailTransport>());
        services.AddScoped<NotificationDispatcher>();
        services.AddHostedService<NotificationJob>();
        return services;
    }
}
