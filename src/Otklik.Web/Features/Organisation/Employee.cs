using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Organisation;

// Every employee may also act as an internal client (RI1): a requester of another unit's work.
public sealed class Employee
{
    public int Id { get; set; }

    public required string LastName { get; set; }

    public required string FirstName { get; set; }

    public string? MiddleName { get; set; }

    public required string Position { get; set; }

    public string? Room { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public int? DepartmentId { get; set; }

    public Department? Department { get; set; }

    // Topics the employee can advise on; the hotline uses them to suggest a transfer.
    public List<string> Competences { get; set; } = [];

    public bool IsActive { get; set; } = true;

    public string? UserId { get; set; }

    public string FullName =>
        string.Join(' ', new[] { LastName, FirstName, MiddleName }.Where(p => !string.IsNullOrEmpty(p)));

    public string ShortName =>
        $"{LastName} {FirstName[..1]}.{(string.IsNullOrEmpty(MiddleName) ? string.Empty : $" {MiddleName[..1]}.")}";
}

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.Property(e => e.LastName).HasMaxLength(100);
        builder.Property(e => e.FirstName).HasMaxLength(100);
        builder.Property(e => e.MiddleName).HasMaxLength(100);
        builder.Property(e => e.Position).HasMaxLength(300);
        builder.Property(e => e.Room).HasMaxLength(50);
        builder.Property(e => e.Phone).HasMaxLength(50);
        builder.Property(e => e.Email).HasMaxLength(200);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.HasIndex(e => e.UserId).IsUnique();
        builder.Ignore(e => e.FullName);
        builder.Ignore(e => e.ShortName);
        builder.HasOne(e => e.Department).WithMany(d => d.Employees).HasForeignKey(e => e.DepartmentId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
