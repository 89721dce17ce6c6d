using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Notifications;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Operations;

namespace Otklik.Web.Features.Reception;

// Delivers the bookings' e-mail when due (R32.2), with the outbox's guarantees: a conditional claim so that
// one node sends each, retries with backoff, a stale claim marked uncertain rather than sent twice.
public sealed partial class BookingMailDispatcher(
    OtklikDbContext db, IMailTransport transport, TimeProvider time, IOptions<MailOptions> options,
    ILogger<BookingMailDispatcher> logger)
{
    private const int Batch = 50;

    public async Task<int> DispatchOnceAsync(CancellationToken token = default)
    {
        var now = time.GetUtcNow();
        await ExpireAsync(now, token);
        if (!transport.IsConfigured)
        {
            return 0;
        }

        // A staff member's call in hand is his to report; only e-mail claims go stale.
        await db.BookingNotices
            .Where(n => n.Channel == "email" && n.State == NoticeState.Sending
                && n.ClaimedAt < now - NoticeLedger.ClaimTimeout)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Uncertain), token);
        var claimed = await ClaimAsync(now, token);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var outcomes = await MailRound.SendAsync(transport, [.. claimed.Select(c => (c.Notice.Id, c.Message))], token);

        foreach (var (notice, _) in claimed)
        {
            await RecordAsync(notice, outcomes.GetValueOrDefault(notice.Id)?.Message, token);
        }

        var sent = outcomes.Count(o => o.Value is null);
        Log.Dispatched(logger, sent, claimed.Count - sent);
        return sent;
    }

    private async Task<List<(BookingNotice Notice, MimeMessage Message)>> ClaimAsync(
        DateTimeOffset now, CancellationToken token)
    {
        var due = await db.BookingNotices.AsNoTracking()
            .Where(n => n.Channel == "email" && n.State == NoticeState.Pending && n.DueAt <= now
                && (n.NextAttemptAt == null || n.NextAttemptAt <= now))
            .OrderBy(n => n.DueAt).Take(Batch)
            .Join(db.Bookings, n => n.BookingId, b => b.Id, (n, b) => new { Notice = n, b.Email })
            .ToListAsync(token);

        var claimed = new List<(BookingNotice, MimeMessage)>();
        foreach (var item in due)
        {
            if (item.Email is null || !MailboxAddress.TryParse(item.Email, out var address))
            {
                await Finish(item.Notice.Id, NoticeState.Failed, "У клиента нет верного адреса почты.", token);
                continue;
            }

            if (await db.BookingNotices.Where(n => n.Id == item.Notice.Id && n.State == NoticeState.Pending)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Sending)
                    .SetProperty(x => x.ClaimedAt, now), token) == 1)
            {
                claimed.Add((item.Notice, Compose(item.Notice, address)));
            }
        }

        return claimed;
    }

    // A reminder nobody sent or made before the visit began is no longer of use; a call taken and not
    // reported for an hour goes back to the list for a colleague.
    private async Task ExpireAsync(DateTimeOffset now, CancellationToken token)
    {
        await db.BookingNotices
            .Where(n => (n.State == NoticeState.Pending || (n.Channel == "phone" && n.State == NoticeState.Sending))
                && (n.Kind == "day-before" || n.Kind == "two-hours")
                && db.Bookings.Any(b => b.Id == n.BookingId
                    && db.ReceptionSlots.Any(s => s.Id == b.SlotId && s.StartsAt <= now)))
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Failed)
                .SetProperty(x => x.LastError, "Время приёма прошло."), token);
        var stale = now - PhoneClaimTimeout;
        await db.BookingNotices
            .Where(n => n.Channel == "phone" && n.State == NoticeState.Sending && n.ClaimedAt < stale)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Pending)
                .SetProperty(x => x.ClaimedBy, (string?)null).SetProperty(x => x.ClaimedAt, (DateTimeOffset?)null),
                token);
    }

    public static readonly TimeSpan PhoneClaimTimeout = TimeSpan.FromHours(1);

    private MimeMessage Compose(BookingNotice notice, MailboxAddress to)
    {
        var message = new MimeMessage
        {
            Subject = notice.Subject,
            Body = new TextPart("plain") { Text = notice.Body },
            MessageId = $"booking-{notice.Id}@otklik",
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(to);
        return message;
    }

    private async Task RecordAsync(BookingNotice notice, string? error, CancellationToken token)
    {
        var attempts = notice.Attempts + 1;
        if (error is null)
        {
            var now = time.GetUtcNow();
            await db.BookingNotices.Where(n => n.Id == notice.Id && n.State == NoticeState.Sending)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Sent).SetProperty(x => x.SentAt, now)
                    .SetProperty(x => x.Attempts, attempts), token);
            return;
        }

        var text = error.Length > 500 ? error[..500] : error;
        var (state, next) = NoticeLedger.AfterFailure(attempts, options.Value.MaxAttempts, time.GetUtcNow());
        await db.BookingNotices.Where(n => n.Id == notice.Id && n.State == NoticeState.Sending)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, state).SetProperty(x => x.Attempts, attempts)
                .SetProperty(x => x.NextAttemptAt, next).SetProperty(x => x.LastError, text), token);
    }

    private Task<int> Finish(long id, NoticeState state, string error, CancellationToken token) =>
        db.BookingNotices.Where(n => n.Id == id && n.State == NoticeState.Pending)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, state).SetProperty(x => x.LastError, error), token);

    private static partial class Log
    {
        [LoggerMessage(EventId = 3601, Level = LogLevel.Information,
            Message = "Booking e-mail dispatched: {Sent} sent, {Failed} failed")]
        public static partial void Dispatched(ILogger logger, int sent, int failed);
    }
}

public sealed class BookingMailJob(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider time, ILogger<BookingMailJob> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.DispatchIntervalSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken token) =>
        services.GetRequiredService<BookingMailDispatcher>().DispatchOnceAsync(token);
}
