namespace Otklik.Web.Infrastructure.Errors;

// An expected failure: a stable machine code, a message for people (Russian), an HTTP status.
public sealed record Error(
    string Code, string Message, int Status, IReadOnlyDictionary<string, string[]>? Fields = null);

public static class Errors
{
    public static Error Validation(string code, string message, IReadOnlyDictionary<string, string[]>? fields = null) =>
        new(code, message, StatusCodes.Status400BadRequest, fields);

    public static Error NotFound(string code, string message) => new(code, message, StatusCodes.Status404NotFound);

    public static Error Conflict(string code, string message) => new(code, message, StatusCodes.Status409Conflict);

    public static Error Forbidden(string code, string message) => new(code, message, StatusCodes.Status403Forbidden);
}

public readonly record struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
}
