using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Operations;

namespace Otklik.Web.Features.Notifications;

// Delivers e-mail notices from the outbox through the ledger's claim, so each goes at most once.
public sealed partial class NotificationDispatcher(
    OtklikDbContext db, IMailTransport transport, NoticeLedger ledger, IOptions<MailOptions> options,
    ILogger<NotificationDispatcher> logger)
{
    private const int Batch = 50;

    public async Task<int> DispatchOnceAsync(CancellationToken token = default)
    {
        if (!transport.IsConfigured)
        {
            return 0;
        }

        await ledger.MarkStaleClaimsAsync(token);
        var due = await ledger.Due("email").Take(Batch)
            .Join(db.Appeals, n => n.AppealId, a => a.Id, (n, a) => new { Notice = n, a.Client!.Email })
            .ToListAsync(token);

        var claimed = new List<(AppealNotice Notice, MimeMessage Message)>();
        foreach (var item in due)
        {
            var address = item.Email is not null && MailboxAddress.TryParse(item.Email, out var parsed) ? parsed : null;
            if (address is null)
            {
                // Retrying cannot help; the appeal card shows why, and staff correct the address.
                await ledger.FinishAsync(item.Notice.Id, NoticeState.Failed, item.Email is null
                    ? "У заявителя нет адреса электронной почты."
                    : "Адрес электронной почты заявителя указан неверно.", token: token);
            }
            else if (await ledger.ClaimAsync(item.Notice.Id, token: token))
            {
                claimed.Add((item.Notice, Compose(item.Notice, address)));
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var outcomes = await MailRound.SendAsync(transport, [.. claimed.Select(c => (c.Notice.Id, c.Message))], token);

        foreach (var (notice, _) in claimed)
        {
            await ledger.RecordAsync(notice, outcomes.GetValueOrDefault(notice.Id)?.Message, token);
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

// A job of its own, so a fault in the clients' notices does not hold back the staff's reminders.
public sealed class StaffMailJob(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider time, ILogger<StaffMailJob> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.DispatchIntervalSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken token) =>
        services.GetRequiredService<StaffMailDispatcher>().DispatchOnceAsync(token);
}

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection("Otklik:Mail"))
            .Validate(o => Uri.TryCreate(o.StaffBaseUrl, UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https",
                "Otklik:Mail:StaffBaseUrl must be the absolute http(s) address staff open Otklik at")
            .ValidateOnStart();
        var mode = configuration.GetValue<MailMode?>("Otklik:Mail:Mode")
            ?? (environment.IsDevelopment() ? MailMode.Pickup : MailMode.Smtp);
        services.PostConfigure<MailOptions>(o => o.Mode = mode);
        services.AddSingleton<PickupMailTransport>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<IMailTransport>(sp => mode == MailMode.Pickup
            ? sp.GetRequiredService<PickupMailTransport>()
            : sp.GetRequiredService<SmtpMailTransport>());
        services.AddScoped<NoticeLedger>();
        services.AddSingleton<NoticeTemplateStore>();
        services.AddScoped<NoticeTemplateEditor>();
        services.AddScoped<NotificationDispatcher>();
        services.AddScoped<StaffMailbox>();
        services.AddScoped<StaffMailDispatcher>();
        services.AddHostedService<NotificationJob>();
        services.AddHostedService<StaffMailJob>();
        services.Configure<SmsOptions>(configuration.GetSection("Otklik:Sms"));
        services.AddHttpClient(SmsDispatcher.Client, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<SmsDispatcher>();
        services.AddHostedService<SmsJob>();
        return services;
    }
}
