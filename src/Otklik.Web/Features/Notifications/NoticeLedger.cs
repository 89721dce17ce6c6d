using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Notifications;

// The delivery states of outbox notices, shared by every channel's adapter. A notice is claimed by one
// conditional update (Pending → Sending), so of several nodes or connectors exactly one delivers it; a
// failure puts it back with a later attempt time (backoff doubling from a minute) until the last allowed
// attempt marks it Failed. A claim left in Sending by a node that stopped is marked Uncertain and never
// resent by itself: a notice goes at most once per channel.
public sealed class NoticeLedger(OtklikDbContext db, TimeProvider time, IOptions<MailOptions> options)
{
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);

    public static DateTimeOffset NextAttemptAt(DateTimeOffset now, int attempts) =>
        now + TimeSpan.FromMinutes(Math.Pow(2, attempts - 1));

    // After a failed attempt: waiting for the next one, or failed for good once the attempts are spent.
    public static (NoticeState State, DateTimeOffset? Next) AfterFailure(int attempts, int maxAttempts,
        DateTimeOffset now) =>
        attempts >= maxAttempts ? (NoticeState.Failed, null) : (NoticeState.Pending, NextAttemptAt(now, attempts));

    public IQueryable<AppealNotice> Due(string channel)
    {
        var now = time.GetUtcNow();
        return db.AppealNotices.AsNoTracking()
            .Where(n => n.Channel == channel && n.State == NoticeState.Pending
                && (n.NextAttemptAt == null || n.NextAttemptAt <= now))
            .OrderBy(n => n.Id);
    }

    public async Task<bool> ClaimAsync(long id, string? by = null, CancellationToken token = default)
    {
        var now = time.GetUtcNow();
        return await db.AppealNotices.Where(n => n.Id == id && n.State == NoticeState.Pending)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Sending)
                .SetProperty(x => x.ClaimedAt, now).SetProperty(x => x.ClaimedBy, by), token) == 1;
    }

    // The outcome of a claimed notice: delivered, or an error that is retried later or ends it.
    public async Task RecordAsync(AppealNotice notice, string? error, CancellationToken token = default)
    {
        var attempts = notice.Attempts + 1;
        if (error is null)
        {
            var now = time.GetUtcNow();
            await db.AppealNotices.Where(n => n.Id == notice.Id && n.State == NoticeState.Sending)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Sent)
                    .SetProperty(x => x.SentAt, now).SetProperty(x => x.Attempts, attempts), token);
            return;
        }

        var text = error.Length > 500 ? error[..500] : error;
        if (attempts >= options.Value.MaxAttempts)
        {
            await FinishAsync(notice.Id, NoticeState.Failed, text, attempts, token);
            return;
        }

        var next = NextAttemptAt(time.GetUtcNow(), attempts);
        await db.AppealNotices.Where(n => n.Id == notice.Id && n.State == NoticeState.Sending)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Pending)
                .SetProperty(x => x.Attempts, attempts).SetProperty(x => x.NextAttemptAt, next)
                .SetProperty(x => x.LastError, text), token);
    }

    public Task<int> FinishAsync(
        long id, NoticeState state, string error, int? attempts = null, CancellationToken token = default) =>
        db.AppealNotices.Where(n => n.Id == id)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, state).SetProperty(x => x.LastError, error)
                .SetProperty(x => x.Attempts, x => attempts ?? x.Attempts), token);

    public Task<int> MarkStaleClaimsAsync(CancellationToken token = default)
    {
        var stale = time.GetUtcNow() - ClaimTimeout;
        return db.AppealNotices.Where(n => n.State == NoticeState.Sending && n.ClaimedAt < stale)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Uncertain), token);
    }
}
