using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Appeals;

// Mail accepted at the front desk but not yet registered: it waits in the registration queue with the
// 3-day term of 59-FZ counted from the day it was received.
public sealed class ReceivedItem
{
    public int Id { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public IntakeChannel Channel { get; set; }

    public required string Payload { get; set; }

    public required string AcceptedBy { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }
}

internal sealed class ReceivedItemConfiguration : IEntityTypeConfiguration<ReceivedItem>
{
    public void Configure(EntityTypeBuilder<ReceivedItem> builder)
    {
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Payload).HasMaxLength(40_000);
        builder.Property(r => r.AcceptedBy).HasMaxLength(300);
        builder.HasIndex(r => r.ReceivedOn);
    }
}

public sealed record QueuedItem(ReceivedItem Item, AppealIntake Intake, DateOnly RegisterBy);

public sealed class RegistrationDesk(
    OtklikDbContext db, AppealIntakeService intake, AuditLog audit, CalendarCache calendar, TimeProvider time,
    IHttpContextAccessor http)
{
    public async Task<Result<ReceivedItem>> AcceptAsync(AppealIntake pending, IntakeChannel channel)
    {
        if (AppealIntakeService.Check(pending, DateOnly.MaxValue) is { } invalid)
        {
            return invalid;
        }

        var item = new ReceivedItem
        {
            ReceivedOn = pending.ReceivedOn!.Value,
            Channel = channel,
            Payload = JsonSerializer.Serialize(pending with { Files = null }),
            AcceptedBy = Actor.From(http.HttpContext?.User).Name,
            AcceptedAt = time.GetUtcNow(),
        };
        db.ReceivedItems.Add(item);
        await db.SaveChangesAsync();
        audit.Record("appeal.received", nameof(ReceivedItem), item.Id,
            new { item.ReceivedOn, Channel = channel.ToString() });
        await db.SaveChangesAsync();
        return item;
    }

    public async Task<IReadOnlyList<QueuedItem>> ListAsync()
    {
        var engine = new DeadlineEngine(await calendar.GetAsync());
        var items = await db.ReceivedItems.AsNoTracking().OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).ToListAsync();
        return [.. items.Select(i => new QueuedItem(i, JsonSerializer.Deserialize<AppealIntake>(i.Payload)!,
            engine.Compute(DeadlinePolicies.Registration, i.ReceivedOn).Date))];
    }

    // The idempotency key ties the appeal to the queue entry, so a retry after a failure between the two
    // steps finds the appeal instead of registering it twice.
    public async Task<Result<Appeal>> RegisterAsync(int itemId)
    {
        var item = await db.ReceivedItems.FirstOrDefaultAsync(r => r.Id == itemId);
        if (item is null)
        {
            return Errors.NotFound("received.not-found", "Этого поступления уже нет в очереди.");
        }

        var pending = JsonSerializer.Deserialize<AppealIntake>(item.Payload)!;
        var result = await intake.RegisterAsync(pending, item.Channel, $"received:{item.Id}");
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        db.ReceivedItems.Remove(item);
        await db.SaveChangesAsync();
        return result.Value.Appeal;
    }
}
