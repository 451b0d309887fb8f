import ArchiveKit

/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTargets.ingest(bytes)
    if bytes.first == UInt8(ascii: "p") || bytes.first == UInt8(ascii: "a") { FuzzTargets.gazetteer(bytes) }
    return 0
}

#if FUZZING
/// libFuzzer's driver. SwiftPM links an executable's entry point as `FuzzIngest_main`, so the
/// fuzzing build provides that symbol and hands control to libFuzzer with our callback.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("FuzzIngest_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzIngest)
}
#else
import Foundation

/// Without `-DFUZZING` the target is a replayer: `FuzzIngest FILE…` runs each saved input once,
/// which is how a crash found by the fuzzer is reproduced under a debugger.
@main
struct ReplayInputs {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                continue
            }
            _ = [UInt8](data).withUnsafeBufferPointer { fuzzIngest($0.baseAddress, $0.count) }
            print("ok \(path)")
        }
    }
}
#endif
