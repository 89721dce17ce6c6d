using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;
using Otklik.Web.Infrastructure.Operations;

namespace Otklik.Web.Features.Knowledge;

public sealed record SectionReviewState(
    KnowledgeSection Section, string Department, bool SectionDue, bool SectionOverdue,
    IReadOnlyList<KnowledgeItem> Items, int OpenFeedback);

// A reminder to the head answering for a section; the unique key keeps it single across nodes and runs.
public sealed class KnowledgeReminder
{
    public long Id { get; set; }

    public int SectionId { get; set; }

    public int EmployeeId { get; set; }

    // "section-review" or "item-review".
    public required string Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

internal sealed class KnowledgeReminderConfiguration : IEntityTypeConfiguration<KnowledgeReminder>
{
    public void Configure(EntityTypeBuilder<KnowledgeReminder> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(30);
        builder.Property(r => r.Text).HasMaxLength(500);
        builder.HasIndex(r => new { r.SectionId, r.EmployeeId, r.Kind, r.DueOn }).IsUnique();
        builder.HasIndex(r => new { r.EmployeeId, r.CreatedAt });
    }
}

// Reviews on time (R29.1): each section quarterly, each item whose facts changed within ten working days.
public sealed class KnowledgeReviews(
    OtklikDbContext db, KnowledgeAccess access, AuditLog audit, TimeProvider time, CalendarCache calendar,
    IOptions<WorkingHoursOptions> hours)
{
    // How far ahead a quarterly review shows as coming.
    public const int SoonWorkingDays = 10;

    public static DateOnly NextQuarter(ProductionCalendar production, DateOnly from) =>
        production.NextWorkingDay(from.AddMonths(3));

    public async Task<IReadOnlyList<SectionReviewState>> DueAsync(
        ClaimsPrincipal user, CancellationToken token = default)
    {
        var production = await calendar.GetAsync(token);
        var today = Today();
        var soon = production.AddWorkingDays(today, SoonWorkingDays);
        var sections = await (await access.ResponsibleForAsync(user))
            .Join(db.Departments, s => s.DepartmentId, d => d.Id, (s, d) => new { Section = s, Department = d.Name })
            .OrderBy(s => s.Section.Title).ToListAsync(token);
        var ids = sections.Select(s => s.Section.Id).ToList();
        var items = await db.KnowledgeItems.AsNoTracking()
            .Where(i => ids.Contains(i.SectionId) && i.ReviewDueOn != null && !i.IsArchived)
            .OrderBy(i => i.ReviewDueOn).ToListAsync(token);
        var feedback = await db.KnowledgeFeedback.Where(f => f.ReviewId == null)
            .Join(db.KnowledgeItems, f => f.ItemId, i => i.Id, (f, i) => i.SectionId)
            .Where(s => ids.Contains(s)).GroupBy(s => s).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, token);

        return [.. sections.Select(s => new SectionReviewState(s.Section, s.Department,
            s.Section.NextReviewOn <= soon, s.Section.NextReviewOn < today,
            [.. items.Where(i => i.SectionId == s.Section.Id)], feedback.GetValueOrDefault(s.Section.Id)))];
    }

    // Recorded by the section's own staff; a review of the whole section moves its next date a quarter on.
    public async Task<Result<KnowledgeReview>> RecordAsync(
        int sectionId, int? itemId, bool changed, string? note, ClaimsPrincipal user)
    {
        var section = await db.KnowledgeSections.FindAsync(sectionId);
        if (section is null)
        {
            return Errors.NotFound("knowledge.section_not_found", "Раздел базы знаний не найден.");
        }

        if (!(await access.RightsAsync(user, section)).CanEdit)
        {
            return Errors.Forbidden("knowledge.not_owner", "Проверку раздела отмечают сотрудники отдела-владельца.");
        }

        if (note?.Length > 2000)
        {
            return Errors.Validation("knowledge.review_note", "Комментарий к проверке — не больше 2000 знаков.");
        }

        var item = itemId is null ? null : await db.KnowledgeItems.FirstOrDefaultAsync(
            i => i.Id == itemId && i.SectionId == sectionId);
        if (itemId is not null && item is null)
        {
            return Errors.NotFound("knowledge.item_not_found", "Материал не найден в этом разделе.");
        }

        var review = await SaveAsync(section, item, changed, note, user);
        return review;
    }

    private async Task<KnowledgeReview> SaveAsync(
        KnowledgeSection section, KnowledgeItem? item, bool changed, string? note, ClaimsPrincipal user)
    {
        var today = Today();
        var review = new KnowledgeReview
        {
            SectionId = section.Id,
            ItemId = item?.Id,
            ReviewedOn = today,
            RecordedAt = time.GetUtcNow(),
            Reviewer = Actor.From(user).Name,
            Changed = changed,
            Note = string.IsNullOrWhiteSpace(note) ? (changed ? "Внесены изменения" : "Изменений не требуется")
                : note.Trim(),
        };
        db.KnowledgeReviews.Add(review);
        if (item is null)
        {
            section.LastReviewedOn = today;
            section.NextReviewOn = NextQuarter(await calendar.GetAsync(), today);
        }
        else
        {
            item.LastReviewedOn = today;
            item.ReviewDueOn = null;
            item.ReviewReason = null;
            item.Revision++;
        }

        await db.SaveChangesAsync();
        await db.KnowledgeFeedback
            .Where(f => f.ReviewId == null && (item == null
                ? db.KnowledgeItems.Any(i => i.Id == f.ItemId && i.SectionId == section.Id)
                : f.ItemId == item.Id))
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.ReviewId, review.Id));
        audit.Record("knowledge.reviewed", item is null ? nameof(KnowledgeSection) : nameof(KnowledgeItem),
            item?.Id ?? section.Id, new
            {
                changed,
                next = section.NextReviewOn.ToString("yyyy-MM-dd",
                CultureInfo.InvariantCulture)
            }, review.Note);
        await db.SaveChangesAsync();
        return review;
    }

    private DateOnly Today() => TimeZones.Today(time, hours.Value.TimeZone);
}

// Writes reminders to the responsible heads: a quarterly review coming within the look-ahead or overdue, and
// items waiting for review after a changed fact.
public sealed class KnowledgeReminders(
    OtklikDbContext db, CalendarCache calendar, TimeProvider time, IOptions<WorkingHoursOptions> hours,
    Notifications.StaffMailbox mailbox)
{
    public async Task<int> RunAsync(CancellationToken token = default)
    {
        var production = await calendar.GetAsync(token);
        var today = TimeZones.Today(time, hours.Value.TimeZone);
        var soon = production.AddWorkingDays(today, KnowledgeReviews.SoonWorkingDays);
        var sections = await db.KnowledgeSections.AsNoTracking()
            .Join(db.Departments.Where(d => d.HeadId != null), s => s.DepartmentId, d => d.Id,
                (s, d) => new { s.Id, s.Title, s.NextReviewOn, Head = d.HeadId!.Value })
            .ToListAsync(token);
        var itemsDue = await db.KnowledgeItems.Where(i => i.ReviewDueOn != null && !i.IsArchived)
            .GroupBy(i => i.SectionId)
            .Select(g => new { g.Key, First = g.Min(i => i.ReviewDueOn)!.Value, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, token);

        var written = 0;
        foreach (var s in sections)
        {
            if (s.NextReviewOn <= soon)
            {
                written += await InsertOnceAsync(s.Id, s.Head, "section-review", s.NextReviewOn,
                    $"Раздел «{s.Title}»: плановая проверка актуальности до {s.NextReviewOn:dd.MM.yyyy}.", token);
            }

            if (itemsDue.TryGetValue(s.Id, out var due))
            {
                written += await InsertOnceAsync(s.Id, s.Head, "item-review", due.First,
                    $"Раздел «{s.Title}»: материалов на проверке после изменения сведений — {due.Count}, " +
                    $"ближайший срок {due.First:dd.MM.yyyy}.", token);
            }
        }

        return written;
    }

    private async Task<int> InsertOnceAsync(
        int sectionId, int employeeId, string kind, DateOnly dueOn, string text, CancellationToken token)
    {
        if (await db.KnowledgeReminders.AnyAsync(r => r.SectionId == sectionId && r.EmployeeId == employeeId
            && r.Kind == kind && r.DueOn == dueOn, token))
        {
            return 0;
        }

        db.KnowledgeReminders.Add(new KnowledgeReminder
        {
            SectionId = sectionId,
            EmployeeId = employeeId,
            Kind = kind,
            DueOn = dueOn,
            CreatedAt = time.GetUtcNow(),
            Text = text,
        });
        mailbox.Queue(employeeId, "проверка базы знаний", text, "/knowledge/reviews");
        try
        {
            await db.SaveChangesAsync(token);
            return 1;
        }
        catch (DbUpdateException)
        {
            // Another node wrote the same reminder first.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}

public sealed class KnowledgeReminderJob(
    IServiceScopeFactory scopes, TimeProvider time, ILogger<KnowledgeReminderJob> logger,
    IOptions<KnowledgeOptions> options)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.ReminderIntervalMinutes);

    protected override bool RunsAtStart => true;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken token) =>
        services.GetRequiredService<KnowledgeReminders>().RunAsync(token);
}

public sealed class KnowledgeOptions
{
    public int ReminderIntervalMinutes { get; set; } = 60;

    public int ImportIntervalSeconds { get; set; } = 5;

    // Searches for the same thing that found nothing before a question becomes a candidate FAQ.
    public int GapThreshold { get; set; } = 3;
}
