using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Appeals.Attachments;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Operations;

namespace Otklik.Web.Features.Retention;

// What survives an appeal's purge: counts for statistics, with nothing that points to a person.
public sealed class PurgedAppealStat
{
    public long Id { get; set; }

    public int RegisteredYear { get; set; }

    public int RegisteredMonth { get; set; }

    public int ClosedYear { get; set; }

    public AppealKind Kind { get; set; }

    public IntakeChannel Channel { get; set; }

    public int? DepartmentId { get; set; }

    public AppealStatus FinalStatus { get; set; }

    public bool WasUrgent { get; set; }

    public bool WasAbusive { get; set; }
}

internal sealed class PurgedAppealStatConfiguration : IEntityTypeConfiguration<PurgedAppealStat>
{
    public void Configure(EntityTypeBuilder<PurgedAppealStat> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.FinalStatus).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed class RetentionOptions
{
    public int Years { get; set; } = 5;

    // How often every node runs the purge; 0 turns the job off.
    public int IntervalHours { get; set; } = 24;
}

public sealed record RetentionItem(int Id, string RegistrationNumber, DateTimeOffset ClosedAt, string? LegalHold);

public sealed record RetentionPlan(
    DateTimeOffset Cutoff, IReadOnlyList<RetentionItem> Due, IReadOnlyList<RetentionItem> Held);

// Purges appeals five years after closure (R3.3) with everything attached to them: history, notices,
// reminders, files no other appeal uses, and a client left with no appeals. An appeal under legal hold
// stays. The audit log keeps the number and dates of what went; statistics keep anonymous counts.
public sealed partial class RetentionService(
    OtklikDbContext db, AuditLog audit, AttachmentStore files, TimeProvider time, IOptions<RetentionOptions> options,
    ILogger<RetentionService> logger)
{
    private const int Batch = 500;

    public async Task<RetentionPlan> PlanAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().AddYears(-options.Value.Years);
        var items = await db.Appeals.AsNoTracking()
            .Where(a => a.ClosedAt != null && a.ClosedAt <= cutoff)
            .OrderBy(a => a.Id)
            .Select(a => new RetentionItem(a.Id, a.RegistrationNumber, a.ClosedAt!.Value, a.LegalHold))
            .ToListAsync(cancellationToken);
        return new RetentionPlan(cutoff,
            [.. items.Where(i => i.LegalHold is null)], [.. items.Where(i => i.LegalHold is not null)]);
    }

    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(cancellationToken);
        var purged = 0;
        foreach (var chunk in plan.Due.Chunk(Batch))
        {
            foreach (var item in chunk)
            {
                purged += await PurgeOneAsync(item.Id, cancellationToken) ? 1 : 0;
            }
        }

        await PurgeStaffMailAsync(cancellationToken);
        await PurgeCallsAsync(cancellationToken);
        await PurgeBookingsAsync(cancellationToken);
        Log.Purged(logger, purged, plan.Held.Count);
        return purged;
    }

    // Reminder e-mails to staff only matter while their deadline does; a year on they are noise.
    private Task<int> PurgeStaffMailAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddYears(-1);
        return db.StaffMessages.Where(m => m.CreatedAt < cutoff
                && m.State != NoticeState.Pending && m.State != NoticeState.Sending)
            .ExecuteDeleteAsync(cancellationToken);
    }

    // A hotline call is the caller's history for as long as an appeal is (R3.4); its transfers and callback go
    // with it. The audit keeps only the call's number.
    private async Task PurgeCallsAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddYears(-options.Value.Years);
        var old = await db.HotlineCalls.Where(c => c.StartedAt <= cutoff).OrderBy(c => c.Id).Take(Batch * 10)
            .Select(c => new { c.Id, c.Number }).ToListAsync(cancellationToken);
        foreach (var chunk in old.Chunk(Batch))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = chunk.Select(c => c.Id).ToList();
            await db.HotlineCallbacks.Where(b => ids.Contains(b.CallId)).ExecuteDeleteAsync(cancellationToken);
            await db.CallTransfers.Where(t => ids.Contains(t.CallId)).ExecuteDeleteAsync(cancellationToken);
            await db.HotlineCalls.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
            audit.Record("retention.calls_purged", "HotlineCall", $"{chunk[0].Number}…{chunk[^1].Number}",
                new { count = chunk.Length }, actor: Actor.System);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    // A booking names a person and his phone; five years after the visit it goes with its notices.
    private async Task PurgeBookingsAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddYears(-options.Value.Years);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var old = db.Bookings.Where(b => db.ReceptionSlots.Any(s => s.Id == b.SlotId && s.StartsAt <= cutoff));
        await db.ReceptionSlots.Where(s => s.StartsAt <= cutoff && s.BookingId != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.BookingId, (int?)null), cancellationToken);
        await db.BookingNotices.Where(n => old.Any(b => b.Id == n.BookingId)).ExecuteDeleteAsync(cancellationToken);
        var purged = await old.ExecuteDeleteAsync(cancellationToken);
        if (purged > 0)
        {
            audit.Record("retention.bookings_purged", "Booking", cutoff.ToString("yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture), new { count = purged }, actor: Actor.System);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<bool> PurgeOneAsync(int id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var appeal = await db.Appeals.AsNoTracking().Include(a => a.Attachments)
            .FirstOrDefaultAsync(a => a.Id == id && a.LegalHold == null, cancellationToken);
        if (appeal is null)
        {
            // Another node purged it, or a hold was placed since the plan was made.
            return false;
        }

        db.PurgedAppealStats.Add(new PurgedAppealStat
        {
            RegisteredYear = appeal.RegisteredOn.Year,
            RegisteredMonth = appeal.RegisteredOn.Month,
            ClosedYear = appeal.ClosedAt!.Value.Year,
            Kind = appeal.Kind,
            Channel = appeal.IntakeChannel,
            DepartmentId = appeal.DepartmentId,
            FinalStatus = appeal.Status,
            WasUrgent = appeal.IsUrgent == true,
            WasAbusive = appeal.IsAbusive == true,
        });
        audit.Record("appeal.purged", nameof(Appeal), appeal.Id,
            new { appeal.RegistrationNumber, appeal.RegisteredOn, appeal.ClosedAt, Files = appeal.Attachments.Count });
        await db.SaveChangesAsync(cancellationToken);

        var deleted = await db.Appeals.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);

        // Survey figures stay for the statistics; the client's own words and the link to him go.
        await db.SurveyResponses.Where(r => r.AppealId == id).ExecuteUpdateAsync(
            r => r.SetProperty(x => x.AppealId, (int?)null).SetProperty(x => x.Comment, (string?)null),
            cancellationToken);
        await db.SurveyInvitations.Where(i => i.AppealId == id)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.AppealId, (int?)null), cancellationToken);
        await DeleteLonelyClientAsync(appeal.ClientId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        DeleteUnusedFiles(appeal.Attachments.Select(a => a.Sha256).Distinct(), cancellationToken);
        return deleted == 1;
    }

    private async Task DeleteLonelyClientAsync(int clientId, CancellationToken cancellationToken)
    {
        if (await db.Appeals.AnyAsync(a => a.ClientId == clientId, cancellationToken))
        {
            return;
        }

        await db.Clients.Where(c => c.MergedIntoId == clientId).ExecuteDeleteAsync(cancellationToken);
        await db.Clients.Where(c => c.Id == clientId).ExecuteDeleteAsync(cancellationToken);
    }

    // After the commit: a file goes only when no appeal refers to its content any more.
    private void DeleteUnusedFiles(IEnumerable<string> hashes, CancellationToken cancellationToken)
    {
        foreach (var hash in hashes)
        {
            if (!db.AppealAttachments.Any(a => a.Sha256 == hash))
            {
                files.Delete(hash);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3301, Level = LogLevel.Information,
            Message = "Retention: {Purged} appeals purged, {Held} kept under legal hold")]
        public static partial void Purged(ILogger logger, int purged, int held);
    }
}

public sealed class RetentionJob(
    IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionJob> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(options.Value.IntervalHours);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken token) =>
        services.GetRequiredService<RetentionService>().PurgeAsync(token);
}
