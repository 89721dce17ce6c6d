using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Organisation;

public sealed class Department
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? ShortName { get; set; }

    public string? Description { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Room { get; set; }

    public int? HeadId { get; set; }

    public Employee? Head { get; set; }

    public bool IsActive { get; set; } = true;

    public List<Employee> Employees { get; set; } = [];
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(300);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.ShortName).HasMaxLength(50);
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.Property(d => d.Phone).HasMaxLength(50);
        builder.Property(d => d.Email).HasMaxLength(200);
        builder.Property(d => d.Room).HasMaxLength(50);
        builder.HasOne(d => d.Head).WithMany().HasForeignKey(d => d.HeadId).OnDelete(DeleteBehavior.SetNull);
    }
}
