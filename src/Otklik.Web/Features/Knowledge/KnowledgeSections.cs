using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Knowledge;

public sealed record SectionInput(string? Title, string? Description, int? DepartmentId);

// Administrators create sections and hand each to its owning department (R28.1).
public sealed class KnowledgeSections(
    OtklikDbContext db, AuditLog audit, TimeProvider time, CalendarCache calendar,
    IOptions<WorkingHoursOptions> hours)
{
    public async Task<Result<KnowledgeSection>> CreateAsync(SectionInput input, ClaimsPrincipal user)
    {
        if (await CheckAsync(input, null, user) is { } error)
        {
            return error;
        }

        var today = TimeZones.Today(time, hours.Value.TimeZone);
        var section = new KnowledgeSection
        {
            Title = input.Title!.Trim(),
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            DepartmentId = input.DepartmentId!.Value,
            NextReviewOn = KnowledgeReviews.NextQuarter(await calendar.GetAsync(), today),
            CreatedAt = time.GetUtcNow(),
        };
        db.KnowledgeSections.Add(section);
        await db.SaveChangesAsync();
        audit.Record("knowledge.section_created", nameof(KnowledgeSection), section.Id,
            new { section.Title, section.DepartmentId });
        await db.SaveChangesAsync();
        return section;
    }

    public async Task<Result<KnowledgeSection>> UpdateAsync(int id, SectionInput input, ClaimsPrincipal user)
    {
        var section = await db.KnowledgeSections.FindAsync(id);
        if (section is null)
        {
            return Errors.NotFound("knowledge.section_not_found", "Раздел базы знаний не найден.");
        }

        if (await CheckAsync(input, id, user) is { } error)
        {
            return error;
        }

        var before = new { section.Title, section.DepartmentId };
        section.Title = input.Title!.Trim();
        section.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        section.DepartmentId = input.DepartmentId!.Value;
        audit.Record("knowledge.section_changed", nameof(KnowledgeSection), section.Id,
            new { before, after = new { section.Title, section.DepartmentId } });
        await db.SaveChangesAsync();
        return section;
    }

    private async Task<Error?> CheckAsync(SectionInput input, int? id, ClaimsPrincipal user)
    {
        if (!KnowledgeAccess.ManagesSections(user))
        {
            return Errors.Forbidden("knowledge.sections_admin_only",
                "Создавать разделы и назначать их владельцев могут только администраторы.");
        }

        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            return Errors.Validation("knowledge.section_title", "Укажите название раздела (до 200 знаков).");
        }

        if (input.Description?.Length > 2000)
        {
            return Errors.Validation("knowledge.section_description", "Описание раздела — не больше 2000 знаков.");
        }

        if (input.DepartmentId is not { } department
            || !await db.Departments.AnyAsync(d => d.Id == department && d.IsActive))
        {
            return Errors.Validation("knowledge.section_owner", "Выберите отдел, который будет вести раздел.");
        }

        var title = input.Title.Trim();
        return await db.KnowledgeSections.AnyAsync(s => s.Title == title && s.Id != id)
            ? Errors.Conflict("knowledge.section_exists", $"Раздел «{title}» уже есть.")
            : null;
    }
}
