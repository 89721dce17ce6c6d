using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Otklik.Web.Infrastructure.Data;

// Used by `dotnet ef migrations add`; the connection strings are never opened.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOtklikDbContext>
{
    public SqliteOtklikDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOtklikDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOtklikDbContext>
{
    public PostgresOtklikDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOtklikDbContext>().UseNpgsql("Host=localhost").Options);
}
