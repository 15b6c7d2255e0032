using System.Collections.Generic;
using System.Text;

namespace NotNative.Dockerfiles.Syntax;

/// <summary>
/// Turns one logical line into an <see cref="Instruction"/>, with BuildKit's per-instruction line
/// parsers (splitCommand, extractBuilderFlags, parseWords, parseNameVal, parseMaybeJSON, ...).
/// Positions are indexes into the logical line, mapped to the source at the end.
/// </summary>
internal sealed class InstructionBuilder
{
    private readonly LogicalLine _logical;
    private readonly string _line;
    private readonly char _escape;
    private readonly List<ParseError> _errors;

    public InstructionBuilder(LogicalLine logical, char escape, List<ParseError> errors)
    {
        _logical = logical;
        _line = logical.Text;
        _escape = escape;
        _errors = errors;
    }

    private readonly struct Word
    {
        public Word(string value, int start, int end)
        {
            Value = value;
            Start = start;
            End = end;
        }

        public string Value { get; }
        public int Start { get; }
        public int End { get; }
    }

    public Instruction? Build(int from, int to, int startLine, int endLine)
    {
        // splitCommand: trim, then the first run of [\t\v\f\r ] separates the instruction word.
        while (from < to && char.IsWhiteSpace(_line[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(_line[to - 1]))
        {
            to--;
        }

        if (from >= to)
        {
            return null;
        }

        var k = from;
        while (k < to && !IsTokenSpace(_line[k]))
        {
            k++;
        }

        var keyword = _line.Substring(from, k - from);
        var instruction = new Instruction(keyword, _logical.MapSpan(from, k), _logical.MapSpan(from, to), startLine, endLine, _line.Substring(from, to - from));
        var restStart = k;
        while (restStart < to && IsTokenSpace(_line[restStart]))
        {
            restStart++;
        }

        var argsStart = to;
        if (restStart < to)
        {
            argsStart = ExtractFlags(instruction, restStart, to);
        }

        while (argsStart < to && char.IsWhiteSpace(_line[argsStart]))
        {
            argsStart++;
        }

        instruction.RawArguments = new Token(_line.Substring(argsStart, to - argsStart), _logical.MapSpan(argsStart, to));
        Dispatch(instruction, argsStart, to, startLine, endLine);
        return instruction;
    }

    private static bool IsTokenSpace(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';

    private static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    /// <summary>extractBuilderFlags: leading words that start with "--"; a bare "--" ends them.</summary>
    private int ExtractFlags(Instruction instruction, int start, int end)
    {
        var flags = new List<InstructionFlag>();
        var word = new StringBuilder();
        var inQuote = false;
        var inWord = false;
        var quote = '\0';
        var blankOk = false;
        var wordStart = start;
        for (var pos = start; pos <= end; pos++)
        {
            var ch = pos < end ? _line[pos] : '\0';
            if (!inWord)
            {
                if (pos == end)
                {
                    break;
                }

                if (IsAsciiSpace(ch))
                {
                    continue;
                }

                if (ch != '-' || pos + 1 == end || _line[pos + 1] != '-')
                {
                    instruction.Flags = flags;
                    return pos;
                }

                inWord = true;
                wordStart = pos;
            }

            if (pos == end)
            {
                var text = word.ToString();
                if (text != "--" && (blankOk || word.Length > 0))
                {
                    flags.Add(new InstructionFlag(text, _logical.MapSpan(wordStart, pos)));
                }

                break;
            }

            if (!inQuote)
            {
                if (IsAsciiSpace(ch))
                {
                    inWord = false;
                    var text = word.ToString();
                    if (text == "--")
                    {
                        instruction.Flags = flags;
                        return pos;
                    }

                    if (blankOk || word.Length > 0)
                    {
                        flags.Add(new InstructionFlag(text, _logical.MapSpan(wordStart, pos)));
                    }

                    word.Clear();
                    blankOk = false;
                    continue;
                }

                if (ch == '\'' || ch == '"')
                {
                    quote = ch;
                    blankOk = true;
                    inQuote = true;
                    continue;
                }

                if (ch == '\\')
                {
                    if (pos + 1 == end)
                    {
                        continue;
                    }

                    pos++;
                    ch = _line[pos];
                }

                word.Append(ch);
                continue;
            }

            if (ch == quote)
            {
                inQuote = false;
                continue;
            }

            if (ch == '\\')
            {
                if (pos + 1 == end)
                {
                    inQuote = false;
                    continue;
                }

                pos++;
                ch = _line[pos];
            }

            word.Append(ch);
        }

        instruction.Flags = flags;
        return end;
    }

    private void Dispatch(Instruction instruction, int start, int end, int startLine, int endLine)
    {
        switch (instruction.Name)
        {
            case InstructionNames.Add:
            case InstructionNames.Copy:
            case InstructionNames.Volume:
                MaybeJson(instruction, start, end, toList: true);
                break;
            case InstructionNames.Arg:
                instruction.Arguments = ToTokens(ParseWords(start, end));
                break;
            case InstructionNames.Cmd:
            case InstructionNames.Entrypoint:
            case InstructionNames.Run:
            case InstructionNames.Shell:
                MaybeJson(instruction, start, end, toList: false);
                break;
            case InstructionNames.Env:
                NameValue(instruction, start, end, "ENV");
                break;
            case InstructionNames.Label:
                NameValue(instruction, start, end, "LABEL");
                break;
            case InstructionNames.Expose:
            case InstructionNames.From:
                instruction.Arguments = ToTokens(SplitWhitespace(start, end, -1));
                break;
            case InstructionNames.Healthcheck:
                HealthCheck(instruction, start, end);
                break;
            case InstructionNames.Maintainer:
            case InstructionNames.Stopsignal:
            case InstructionNames.User:
            case InstructionNames.Workdir:
                if (start < end)
                {
                    instruction.Arguments = new[] { Make(start, end) };
                }

                break;
            case InstructionNames.Onbuild:
                if (start < end)
                {
                    instruction.Inner = Build(start, end, startLine, endLine);
                }

                break;
            default:
                instruction.IsUnknown = true;
                break;
        }
    }

    private Token Make(int start, int end) => new(_line.Substring(start, end - start), _logical.MapSpan(start, end));

    private Token[] ToTokens(List<Word> words)
    {
        var tokens = new Token[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(words[i].Value, _logical.MapSpan(words[i].Start, words[i].End));
        }

        return tokens;
    }

    private void Error(string message, int start, int end) => _errors.Add(new ParseError(message, _logical.MapSpan(start, end)));

    /// <summary>parseStringsWhitespaceDelimited: split on runs of [\t\v\f\r ].</summary>
    private List<Word> SplitWhitespace(int start, int end, int limit)
    {
        var words = new List<Word>();
        if (start >= end)
        {
            return words;
        }

        var wordStart = start;
        var pos = start;
        while (pos < end)
        {
            if (!IsTokenSpace(_line[pos]) || (limit > 0 && words.Count == limit - 1))
            {
                pos++;
                continue;
            }

            words.Add(new Word(_line.Substring(wordStart, pos - wordStart), wordStart, pos));
            while (pos < end && IsTokenSpace(_line[pos]))
            {
                pos++;
            }

            wordStart = pos;
        }

        words.Add(new Word(_line.Substring(wordStart, end - wordStart), wordStart, end));
        return words;
    }

    /// <summary>parseWords: space-separated words, quotes and escapes kept in the word.</summary>
    private List<Word> ParseWords(int start, int end)
    {
        var words = new List<Word>();
        var builder = new StringBuilder();
        var inWord = false;
        var inQuote = false;
        var quote = '\0';
        var blankOk = false;
        var wordStart = start;
        var wordEnd = start;
        for (var pos = start; pos <= end; pos++)
        {
            var ch = pos < end ? _line[pos] : '\0';
            if (!inWord && !inQuote)
            {
                if (pos == end)
                {
                    break;
                }

                if (char.IsWhiteSpace(ch))
                {
                    continue;
                }

                inWord = true;
                wordStart = pos;
            }

            if (pos == end)
            {
                if (blankOk || builder.Length > 0)
                {
                    words.Add(new Word(builder.ToString(), wordStart, wordEnd));
                }

                break;
            }

            if (!inQuote)
            {
                if (char.IsWhiteSpace(ch))
                {
                    inWord = false;
                    if (blankOk || builder.Length > 0)
                    {
                        words.Add(new Word(builder.ToString(), wordStart, wordEnd));
                    }

                    builder.Clear();
                    blankOk = false;
                    continue;
                }

                if (ch == '\'' || ch == '"')
                {
                    quote = ch;
                    blankOk = true;
                    inQuote = true;
                }

                if (ch == _escape)
                {
                    if (pos + 1 == end)
                    {
                        continue; // an escape token at the very end is dropped
                    }

                    builder.Append(ch);
                    pos++;
                    ch = _line[pos];
                }

                builder.Append(ch);
                wordEnd = pos + 1;
                continue;
            }

            if (ch == quote)
            {
                inQuote = false;
            }

            if (ch == _escape && quote != '\'')
            {
                if (pos + 1 == end)
                {
                    inQuote = false;
                    continue;
                }

                pos++;
                builder.Append(ch);
                ch = _line[pos];
            }

            builder.Append(ch);
            wordEnd = pos + 1;
        }

        return words;
    }

    private void NameValue(Instruction instruction, int start, int end, string key)
    {
        var words = ParseWords(start, end);
        if (words.Count == 0)
        {
            return;
        }

        var tokens = new List<Token>();
        var pairs = new List<KeyValuePairSyntax>();
        if (words[0].Value.IndexOf('=') < 0)
        {
            var parts = SplitWhitespace(start, end, 2);
            if (parts.Count < 2)
            {
                Error($"{key} must have two arguments", start, end);
                return;
            }

            AddPair(tokens, pairs, ToTokens(parts), string.Empty);
        }
        else
        {
            foreach (var word in words)
            {
                var eq = word.Value.IndexOf('=');
                if (eq < 0)
                {
                    Error($"Syntax error - can't find = in {GoString.Quote(word.Value)}. Must be of the form: name=value", word.Start, word.End);
                    return;
                }

                // The word's raw text and its value differ only by a dropped final escape token, so offsets carry over.
                var keyToken = new Token(word.Value.Substring(0, eq), _logical.MapSpan(word.Start, word.Start + eq));
                var valueEnd = System.Math.Max(word.Start + eq + 1, word.End);
                var valueToken = new Token(word.Value.Substring(eq + 1), _logical.MapSpan(word.Start + eq + 1, valueEnd));
                AddPair(tokens, pairs, new[] { keyToken, valueToken }, "=");
            }
        }

        instruction.Arguments = tokens;
        instruction.Pairs = pairs;
    }

    private static void AddPair(List<Token> tokens, List<KeyValuePairSyntax> pairs, Token[] keyValue, string separator)
    {
        var separatorToken = new Token(separator, new TextSpan(keyValue[1].Span.End, 0));
        tokens.Add(keyValue[0]);
        tokens.Add(keyValue[1]);
        tokens.Add(separatorToken);
        pairs.Add(new KeyValuePairSyntax(keyValue[0], keyValue[1], separator));
    }

    private void MaybeJson(Instruction instruction, int start, int end, bool toList)
    {
        if (start >= end)
        {
            return;
        }

        var items = new List<JsonArray.Item>();
        switch (JsonArray.Parse(_line, start, end, items))
        {
            case JsonArray.Result.Strings:
                var tokens = new Token[items.Count];
                for (var i = 0; i < items.Count; i++)
                {
                    tokens[i] = new Token(items[i].Value, _logical.MapSpan(items[i].Start, items[i].End));
                }

                instruction.Arguments = tokens;
                instruction.IsJson = true;
                return;
            case JsonArray.Result.NotAllStrings:
                Error("when using JSON array syntax, arrays must be comprised of strings only", start, end);
                return;
        }

        instruction.Arguments = toList ? ToTokens(SplitWhitespace(start, end, -1)) : new[] { Make(start, end) };
    }

    /// <summary>parseHealthConfig: a type word (CMD, NONE, ...) then the command as in CMD.</summary>
    private void HealthCheck(Instruction instruction, int start, int end)
    {
        var sep = start;
        while (sep < end && !IsAsciiSpace(_line[sep]))
        {
            sep++;
        }

        if (sep == start)
        {
            return;
        }

        var next = sep;
        while (next < end && IsAsciiSpace(_line[next]))
        {
            next++;
        }

        var type = Make(start, sep);
        MaybeJson(instruction, next, end, toList: false);
        var arguments = new List<Token> { type };
        arguments.AddRange(instruction.Arguments);
        instruction.Arguments = arguments;
    }
}
