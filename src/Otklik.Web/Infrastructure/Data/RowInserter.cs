using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Otklik.Web.Infrastructure.Data;

// Inserts many rows of one entity type through a single prepared command, using the model's own column
// names and value converters. EF Core sends SQLite one command per row and prepares it every time; for a
// batch of registrations that preparation, not the disk, is what costs most.
public sealed class RowInserter<T> : IAsyncDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly List<(IProperty Property, DbParameter Parameter)> _columns = [];
    private readonly IProperty? _generatedKey;

    public RowInserter(DbContext db)
    {
        var type = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _generatedKey = type.FindPrimaryKey()!.Properties
            .SingleOrDefault(p => p.ValueGenerated == ValueGenerated.OnAdd);

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var property in type.GetProperties().Where(p => p != _generatedKey))
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@p" + _columns.Count;
            _command.Parameters.Add(parameter);
            _columns.Add((property, parameter));
        }

        var names = string.Join(", ", _columns.Select(c => Quote(c.Property.GetColumnName(table)!)));
        var values = string.Join(", ", _columns.Select(c => c.Parameter.ParameterName));
        var returning = _generatedKey is null ? "" : $" RETURNING {Quote(_generatedKey.GetColumnName(table)!)}";
        _command.CommandText = $"INSERT INTO {Quote(table.Name)} ({names}) VALUES ({values}){returning}";
    }

    public async Task InsertAsync(T entity)
    {
        foreach (var (property, parameter) in _columns)
        {
            var value = property.GetGetter().GetClrValue(entity);
            var converter = property.GetTypeMapping().Converter;
            parameter.Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value))
                ?? DBNull.Value;
        }

        if (_generatedKey is null)
        {
            await _command.ExecuteNonQueryAsync();
            return;
        }

        var id = await _command.ExecuteScalarAsync();
        var key = _generatedKey.PropertyInfo!;
        key.SetValue(entity,
            Convert.ChangeType(id, key.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
