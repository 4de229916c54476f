import CSQLite3
import Foundation

/// A thin handle on the system's SQLite: open, run statements, bind values, read rows.
///
/// ```swift
/// let db = try SQLiteDatabase(path: "citations.sqlite", readOnly: true)
/// try db.rows("SELECT key FROM document WHERE docKind = ?", [.text("Chỉ thị")]) { row in print(row.text(0) ?? "") }
/// ```
public final class SQLiteDatabase {
    /// What SQLite said went wrong, with the statement it was running.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A value to bind or read: SQLite's NULL, INTEGER and TEXT.
    public enum Value: Equatable {
        case null, int(Int), text(String)
    }

    private var handle: OpaquePointer?

    public init(path: String, readOnly: Bool = false) throws {
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "status \(status)"
            sqlite3_close(handle)
            throw Failure(description: "\(path): \(message)")
        }
    }

    deinit { sqlite3_close(handle) }

    /// Runs statements that return no rows ("CREATE TABLE …; CREATE INDEX …").
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw Failure(description: "\(message) in \(sql.prefix(80))")
        }
    }

    /// A statement prepared once and run for many rows of values.
    public final class Statement {
        fileprivate var pointer: OpaquePointer?
        fileprivate let sql: String
        fileprivate unowned let db: SQLiteDatabase

        fileprivate init(_ db: SQLiteDatabase, _ sql: String) throws {
            self.db = db
            self.sql = sql
            guard sqlite3_prepare_v2(db.handle, sql, -1, &pointer, nil) == SQLITE_OK else { throw db.failure(sql) }
        }

        deinit { sqlite3_finalize(pointer) }

        /// Binds `values` to the statement's parameters and runs it to its end.
        public func run(_ values: [Value]) throws {
            try bind(values)
            while true {
                let status = sqlite3_step(pointer)
                if status == SQLITE_DONE { break }
                guard status == SQLITE_ROW else { throw db.failure(sql) }
            }
        }

        fileprivate func bind(_ values: [Value]) throws {
            sqlite3_reset(pointer)
            sqlite3_clear_bindings(pointer)
            // SQLITE_TRANSIENT: SQLite copies the text before the Swift string goes away.
            let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
            for (i, v) in values.enumerated() {
                let n = Int32(i + 1)
                let status: Int32
                switch v {
                case .null: status = sqlite3_bind_null(pointer, n)
                case .int(let x): status = sqlite3_bind_int64(pointer, n, Int64(x))
                case .text(let s): status = sqlite3_bind_text(pointer, n, s, -1, transient)
                }
                guard status == SQLITE_OK else { throw db.failure(sql) }
            }
        }
    }

    public func prepare(_ sql: String) throws -> Statement { try Statement(self, sql) }

    /// One row of a query's answer, read by column number.
    public struct Row {
        fileprivate let pointer: OpaquePointer?

        public var count: Int { Int(sqlite3_column_count(pointer)) }

        public func name(_ i: Int) -> String { String(cString: sqlite3_column_name(pointer, Int32(i))) }

        public func value(_ i: Int) -> Value {
            switch sqlite3_column_type(pointer, Int32(i)) {
            case SQLITE_NULL: return .null
            case SQLITE_INTEGER: return .int(Int(sqlite3_column_int64(pointer, Int32(i))))
            default: return .text(text(i) ?? "")
            }
        }

        public func text(_ i: Int) -> String? {
            guard let c = sqlite3_column_text(pointer, Int32(i)) else { return nil }
            return String(cString: c)
        }
    }

    /// Runs a query and calls `body` with each row.
    public func rows(_ sql: String, _ values: [Value] = [], _ body: (Row) throws -> Void) throws {
        let statement = try prepare(sql)
        try statement.bind(values)
        while true {
            let status = sqlite3_step(statement.pointer)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw failure(sql) }
            try body(Row(pointer: statement.pointer))
        }
    }

    fileprivate func failure(_ sql: String) -> Failure {
        Failure(description: "\(String(cString: sqlite3_errmsg(handle))) in \(sql.prefix(80))")
    }
}
