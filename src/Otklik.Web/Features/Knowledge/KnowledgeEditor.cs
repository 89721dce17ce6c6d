using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Knowledge.Search;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Knowledge;

public sealed record ItemInput(
    MaterialType Type, string? Title, string? Body, string? Reason, RegulationInput? Regulation = null);

public sealed record RegulationInput(
    string? Number, DateOnly? SignedOn, string? Link, string? Governs, DateOnly? InForceFrom, DateOnly? InForceTo);

// Every write to the knowledge base: each save keeps a version with author, time and reason (R29.2), is
// audited, and refreshes the search index once committed.
public sealed class KnowledgeEditor(
    OtklikDbContext db, KnowledgeAccess access, AuditLog audit, TimeProvider time, KnowledgeIndex index,
    CalendarCache calendar, IOptions<WorkingHoursOptions> hours)
{
    public async Task<Result<KnowledgeItem>> CreateAsync(int sectionId, ItemInput input, ClaimsPrincipal user)
    {
        if (await EditableSectionAsync(sectionId, user) is { Error: { } denied })
        {
            return denied;
        }

        if (KnowledgeValidation.Check(input, creating: true) is { } invalid)
        {
            return invalid;
        }

        var author = Actor.From(user).Name;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var item = new KnowledgeItem
        {
            SectionId = sectionId,
            Type = input.Type,
            Title = input.Title!.Trim(),
            Body = input.Body?.Trim() ?? string.Empty,
            Regulation = ToFacts(input),
            UpdatedAt = time.GetUtcNow(),
            UpdatedBy = author,
        };
        db.KnowledgeItems.Add(item);
        await db.SaveChangesAsync();

        AddVersion(item, Reason(input, "Материал создан"));
        audit.Record("knowledge.item_created", nameof(KnowledgeItem), item.Id,
            new { item.SectionId, Type = item.Type.ToString(), item.Title });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await index.RefreshAsync(db, item.Id);
        return item;
    }

    public async Task<Result<KnowledgeItem>> UpdateAsync(int id, int revision, ItemInput input, ClaimsPrincipal user)
    {
        var found = await EditableItemAsync(id, revision, user);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (KnowledgeValidation.Check(input, creating: false) is { } invalid)
        {
            return invalid;
        }

        var item = found.Value!;
        var facts = ToFacts(input);
        if (item.Title == input.Title!.Trim() && item.Body == (input.Body?.Trim() ?? string.Empty)
            && item.Type == input.Type && FactsText(item.Regulation) == FactsText(facts))
        {
            return Errors.Validation("knowledge.unchanged", "Изменений нет: сохранять нечего.");
        }

        var before = new { item.Title, Type = item.Type.ToString(), item.Version };
        Apply(item, input.Type, input.Title!.Trim(), input.Body?.Trim() ?? string.Empty, facts, user);
        AddVersion(item, input.Reason!.Trim());
        audit.Record("knowledge.item_changed", nameof(KnowledgeItem), item.Id,
            new { before, after = new { item.Title, Type = item.Type.ToString(), item.Version } }, input.Reason);
        return await CommitAsync(item);
    }

    // Restoring writes the old content as a new version, so the history never loses what came between.
    public async Task<Result<KnowledgeItem>> RestoreAsync(int id, int revision, int number, ClaimsPrincipal user)
    {
        var found = await EditableItemAsync(id, revision, user);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var version = await db.KnowledgeVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ItemId == id && v.Number == number);
        if (version is null)
        {
            return Errors.NotFound("knowledge.version_not_found", $"Версии {number} у этого материала нет.");
        }

        var item = found.Value!;
        Apply(item, item.Type, version.Title, version.Body, RegulationFacts.FromJson(version.RegulationJson), user);
        AddVersion(item, $"Восстановлена версия {number}");
        audit.Record("knowledge.item_restored", nameof(KnowledgeItem), item.Id,
            new { restored = number, item.Version });
        return await CommitAsync(item);
    }

    public async Task<Result<KnowledgeItem>> SetArchivedAsync(int id, int revision, bool archived, ClaimsPrincipal user)
    {
        var found = await EditableItemAsync(id, revision, user);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var item = found.Value!;
        item.IsArchived = archived;
        item.Revision++;
        audit.Record(archived ? "knowledge.item_archived" : "knowledge.item_unarchived",
            nameof(KnowledgeItem), item.Id);
        return await CommitAsync(item);
    }

    // A changed fact (a law amended, a new benefit amount) sends every item that rests on it to review
    // within the policy's working days (R29.1). Anyone may report it; the owners review.
    public async Task<Result<DateOnly>> MarkFactChangedAsync(
        string? description, IReadOnlyCollection<int> itemIds, ClaimsPrincipal user)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Trim().Length > 1000)
        {
            return Errors.Validation("knowledge.fact_required",
                "Опишите, что изменилось (до 1000 знаков), например «изменён размер ЕДВ с 1 февраля».");
        }

        if (itemIds.Count == 0)
        {
            return Errors.Validation("knowledge.fact_items_required", "Отметьте материалы, которых это касается.");
        }

        var today = TimeZones.Today(time, hours.Value.TimeZone);
        var due = new DeadlineEngine(await calendar.GetAsync()).Compute(DeadlinePolicies.KnowledgeReview, today).Date;
        var items = await db.KnowledgeItems.Where(i => itemIds.Contains(i.Id)).ToListAsync();
        foreach (var item in items)
        {
            item.ReviewDueOn = item.ReviewDueOn is { } earlier && earlier < due ? earlier : due;
            item.ReviewReason = description.Trim();
            item.Revision++;
        }

        audit.Record("knowledge.fact_changed", nameof(KnowledgeItem), string.Join(',', items.Select(i => i.Id)),
            new { description = description.Trim(), dueOn = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync();
        return due;
    }

    public async Task<Result<KnowledgeFeedback>> AddFeedbackAsync(int itemId, string? text, ClaimsPrincipal user)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000)
        {
            return Errors.Validation("knowledge.feedback_required",
                "Напишите, что неверно или устарело (до 2000 знаков).");
        }

        if (!await db.KnowledgeItems.AnyAsync(i => i.Id == itemId))
        {
            return Errors.NotFound("knowledge.item_not_found", "Материал не найден.");
        }

        var feedback = new KnowledgeFeedback
        {
            ItemId = itemId,
            At = time.GetUtcNow(),
            Source = "staff",
            Text = text.Trim(),
        };
        db.KnowledgeFeedback.Add(feedback);
        audit.Record("knowledge.feedback_added", nameof(KnowledgeItem), itemId, new { by = Actor.From(user).Name });
        await db.SaveChangesAsync();
        return feedback;
    }

    private async Task<Result<KnowledgeSection>> EditableSectionAsync(int sectionId, ClaimsPrincipal user)
    {
        var section = await db.KnowledgeSections.FindAsync(sectionId);
        if (section is null)
        {
            return Errors.NotFound("knowledge.section_not_found", "Раздел базы знаний не найден.");
        }

        return (await access.RightsAsync(user, section)).CanEdit
            ? section
            : Errors.Forbidden("knowledge.not_owner",
                "Этот раздел ведёт другой отдел: изменять его могут только сотрудники этого отдела.");
    }

    private async Task<Result<KnowledgeItem>> EditableItemAsync(int id, int revision, ClaimsPrincipal user)
    {
        var item = await db.KnowledgeItems.FirstOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return Errors.NotFound("knowledge.item_not_found", "Материал не найден.");
        }

        if (await EditableSectionAsync(item.SectionId, user) is { Error: { } denied })
        {
            return denied;
        }

        return item.Revision == revision
            ? item
            : Errors.Conflict("knowledge.stale",
                "Материал уже изменил другой сотрудник. Откройте его заново и повторите правку.");
    }

    private void Apply(
        KnowledgeItem item, MaterialType type, string title, string body, RegulationFacts? facts, ClaimsPrincipal user)
    {
        item.Type = type;
        item.Title = title;
        item.Body = body;
        item.Regulation = facts;
        item.Version++;
        item.Revision++;
        item.UpdatedAt = time.GetUtcNow();
        item.UpdatedBy = Actor.From(user).Name;
    }

    private void AddVersion(KnowledgeItem item, string reason) =>
        db.KnowledgeVersions.Add(new KnowledgeVersion
        {
            ItemId = item.Id,
            Number = item.Version,
            Title = item.Title,
            Body = item.Body,
            RegulationJson = RegulationFacts.ToJson(item.Regulation),
            SavedAt = item.UpdatedAt,
            Author = item.UpdatedBy,
            Reason = reason,
        });

    private async Task<Result<KnowledgeItem>> CommitAsync(KnowledgeItem item)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Errors.Conflict("knowledge.stale",
                "Материал уже изменил другой сотрудник. Откройте его заново и повторите правку.");
        }

        await index.RefreshAsync(db, item.Id);
        return item;
    }

    private static string Reason(ItemInput input, string fallback) =>
        string.IsNullOrWhiteSpace(input.Reason) ? fallback : input.Reason.Trim();

    private static RegulationFacts? ToFacts(ItemInput input) =>
        input.Type != MaterialType.Regulation || input.Regulation is not { } r
            ? null
            : new RegulationFacts
            {
                Number = Clean(r.Number),
                SignedOn = r.SignedOn,
                Link = Clean(r.Link),
                Governs = Clean(r.Governs),
                InForceFrom = r.InForceFrom,
                InForceTo = r.InForceTo,
            };

    private static string? FactsText(RegulationFacts? facts) => RegulationFacts.ToJson(facts);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
