using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Hotline;

public enum TrainingKind
{
    Onboarding,
    NewService,
    Planned,
}

// A service or function the ministry has taken on: every operator must be trained on it (R15).
public sealed class TrainingTopic
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public DateOnly IntroducedOn { get; set; }
}

public sealed class TrainingRecord
{
    public int Id { get; set; }

    public int EmployeeId { get; set; }

    public TrainingKind Kind { get; set; }

    public int? TopicId { get; set; }

    public TrainingTopic? Topic { get; set; }

    public string? Subject { get; set; }

    public DateOnly CompletedOn { get; set; }

    public required string RecordedBy { get; set; }
}

internal sealed class TrainingConfiguration :
    IEntityTypeConfiguration<TrainingTopic>, IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingTopic> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.HasIndex(t => t.Title).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Subject).HasMaxLength(300);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.EmployeeId, r.Kind });
    }
}

public sealed record OperatorStanding(
    Employee Operator, DateOnly? OnboardedOn, IReadOnlyList<TrainingTopic> Missing,
    IReadOnlyList<TrainingRecord> Records)
{
    public bool Ready => OnboardedOn is not null && Missing.Count == 0;
}

// Who may take calls (R15): an operator is ready once onboarded (including study of the knowledge base) and
// trained on every new service introduced since. The heads of the operators' departments and the
// administrators keep the records.
public sealed class OperatorTraining(
    OtklikDbContext db, AuditLog audit, TimeProvider time, Appeals.AppealAccess people,
    Microsoft.Extensions.Options.IOptions<Otklik.Calendar.WorkingHoursOptions> hours)
{
    public static bool MayRecord(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.DepartmentHead) || user.IsInRole(StaffRoles.Administrator);

    // A head records the training of his own department's operators; an administrator of any operator.
    private async Task<bool> MayRecordForAsync(ClaimsPrincipal user, int employeeId)
    {
        if (user.IsInRole(StaffRoles.Administrator))
        {
            return true;
        }

        var (_, department) = await people.EmployeeOfAsync(user);
        return user.IsInRole(StaffRoles.DepartmentHead) && department is not null
            && await db.Employees.AnyAsync(e => e.Id == employeeId && e.DepartmentId == department);
    }

    public async Task<IReadOnlyList<OperatorStanding>> StandingsAsync()
    {
        var operatorRole = await db.Roles.Where(r => r.Name == StaffRoles.Operator)
            .Select(r => r.Id).FirstOrDefaultAsync();
        var operators = await db.Employees.AsNoTracking()
            .Where(e => e.IsActive && db.UserRoles.Any(ur => ur.RoleId == operatorRole && ur.UserId == e.UserId))
            .OrderBy(e => e.LastName).ToListAsync();
        var ids = operators.Select(o => o.Id).ToList();
        var records = await db.TrainingRecords.AsNoTracking().Where(r => ids.Contains(r.EmployeeId)).ToListAsync();
        var topics = await db.TrainingTopics.AsNoTracking().OrderBy(t => t.IntroducedOn).ToListAsync();
        return [.. operators.Select(o => Standing(o, [.. records.Where(r => r.EmployeeId == o.Id)], topics))];
    }

    public async Task<Result<TrainingTopic>> AddTopicAsync(string? title, DateOnly? introducedOn, ClaimsPrincipal user)
    {
        if (!MayRecord(user))
        {
            return Errors.Forbidden("training.not_allowed",
                "Обучение операторов ведут начальники отделов и администраторы.");
        }

        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 300 || introducedOn is null)
        {
            return Errors.Validation("training.topic_invalid",
                "Укажите новую услугу (до 300 знаков) и дату её появления.");
        }

        var clean = title.Trim();
        if (await db.TrainingTopics.AnyAsync(t => t.Title == clean))
        {
            return Errors.Conflict("training.topic_exists", $"Услуга «{clean}» уже есть в списке.");
        }

        var topic = new TrainingTopic { Title = clean, IntroducedOn = introducedOn.Value };
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.TrainingTopics.Add(topic);
            await db.SaveChangesAsync();
            audit.Record("training.topic_added", nameof(TrainingTopic), topic.Id,
                new { topic.Title, topic.IntroducedOn });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return topic;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Errors.Conflict("training.topic_exists", $"Услуга «{clean}» уже есть в списке.");
        }
    }

    public async Task<Result<TrainingRecord>> RecordAsync(int employeeId, TrainingKind kind, int? topicId,
        string? subject, DateOnly? completedOn, ClaimsPrincipal user)
    {
        if (!await MayRecordForAsync(user, employeeId))
        {
            return Errors.Forbidden("training.not_allowed",
                "Обучение оператора записывает начальник его отдела или администратор.");
        }

        if (await InvalidAsync(employeeId, kind, topicId, subject, completedOn) is { } invalid)
        {
            return invalid;
        }

        var record = new TrainingRecord
        {
            EmployeeId = employeeId,
            Kind = kind,
            TopicId = kind == TrainingKind.NewService ? topicId : null,
            Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim(),
            CompletedOn = completedOn!.Value,
            RecordedBy = Actor.From(user).Name,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.TrainingRecords.Add(record);
        await db.SaveChangesAsync();
        audit.Record("training.recorded", nameof(TrainingRecord), record.Id,
            new { employeeId, kind = kind.ToString(), topicId, record.CompletedOn });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return record;
    }

    private async Task<Error?> InvalidAsync(
        int employeeId, TrainingKind kind, int? topicId, string? subject, DateOnly? completedOn)
    {
        var today = Otklik.Calendar.TimeZones.Today(time, hours.Value.TimeZone);
        var operatorRole = await db.Roles.Where(r => r.Name == StaffRoles.Operator)
            .Select(r => r.Id).FirstOrDefaultAsync();
        if (!await db.Employees.AnyAsync(e => e.Id == employeeId && e.IsActive
            && db.UserRoles.Any(ur => ur.UserId == e.UserId && ur.RoleId == operatorRole)))
        {
            return Errors.Validation("training.employee", "Выберите оператора горячей линии.");
        }

        if (completedOn is not { } done || done > today)
        {
            return Errors.Validation("training.date", "Укажите дату, когда обучение пройдено (не в будущем).");
        }

        if (kind == TrainingKind.NewService
            && (topicId is not { } id || !await db.TrainingTopics.AnyAsync(t => t.Id == id)))
        {
            return Errors.Validation("training.topic", "Выберите новую услугу, по которой прошло обучение.");
        }

        return kind == TrainingKind.Planned && (string.IsNullOrWhiteSpace(subject) || subject.Length > 300)
            ? Errors.Validation("training.subject", "Укажите тему планового обучения (до 300 знаков).")
            : null;
    }

    private static OperatorStanding Standing(
        Employee employee, IReadOnlyList<TrainingRecord> records, IReadOnlyList<TrainingTopic> topics)
    {
        var onboarded = records.Where(r => r.Kind == TrainingKind.Onboarding).Select(r => (DateOnly?)r.CompletedOn)
            .Min();
        var trained = records.Where(r => r.TopicId is not null).Select(r => r.TopicId!.Value).ToHashSet();

        // Onboarding covers what the ministry already did; only services that came later need their own training.
        var missing = onboarded is { } since
            ? topics.Where(t => t.IntroducedOn > since && !trained.Contains(t.Id)).ToList()
            : [];
        return new OperatorStanding(employee, onboarded, missing, [.. records.OrderByDescending(r => r.CompletedOn)]);
    }

    public static string Title(TrainingKind kind) => kind switch
    {
        TrainingKind.Onboarding => "Вводное обучение (в том числе изучение базы знаний)",
        TrainingKind.NewService => "Обучение новой услуге или функции",
        _ => "Плановое обучение",
    };
}
